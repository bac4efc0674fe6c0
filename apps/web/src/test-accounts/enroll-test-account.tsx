import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { usePublishedCadences } from '../cadences/published-cadences';
import { sentence } from '../shell/format';
import { Loading } from '../shell/status';

/** Enroll a saved test account in a published cadence, then look at what it received in the outbox. */
export function EnrollTestAccount({ accountId }: { accountId: string }) {
  const { pending, published } = usePublishedCadences();
  const [cadenceId, setCadenceId] = useState('');
  const chosen = cadenceId || published[0]?.id || '';
  const selectId = useId();
  const enroll = useMutation({ mutationFn: () => kairosApi.enroll({ accountId, cadenceId: chosen }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) enroll.mutate();
  };
  if (pending) return <Loading what="published cadences" />;
  if (published.length === 0) {
    return (
      <p className="muted">
        No cadence is published yet: <Link to="/cadences">publish one</Link>, then enroll this account in it.
      </p>
    );
  }
  if (enroll.isSuccess) {
    const name = published.find((c) => c.id === chosen)?.name ?? 'the cadence';
    return (
      <p role="status" className="ok">
        Enrolled in {name}. Its messages appear in the <Link to="/outbox">outbox</Link> (search for {accountId}).
      </p>
    );
  }
  return (
    <form className="inline-form" aria-label="Enroll the test account" onSubmit={submit}>
      <label htmlFor={selectId}>Enroll it in</label>
      <select id={selectId} value={chosen} onChange={(e) => setCadenceId(e.target.value)}>
        {published.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" className="small" disabled={enroll.isPending}>
        {enroll.isPending ? 'Enrolling…' : 'Enroll'}
      </button>
      {enroll.isError && (
        <span role="alert" className="field-error">
          Not enrolled: {sentence(errorMessage(enroll.error))}
        </span>
      )}
    </form>
  );
}
