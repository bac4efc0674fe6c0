import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { ErrorMessage } from '../shell/status';

/** Enroll the account in a cadence's latest published version (the API refuses a cadence never published, saying so). */
export function EnrollForm({ accountId }: { accountId: string }) {
  const cadences = useQuery({ queryKey: queryKeys.cadences(false), queryFn: () => kairosApi.listCadences(false) });
  const [cadenceId, setCadenceId] = useState('');
  const queryClient = useQueryClient();
  const id = useId();
  const enroll = useMutation({
    mutationFn: () => kairosApi.enroll({ accountId, cadenceId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', accountId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (cadenceId) enroll.mutate();
  };
  if (cadences.isError) return <ErrorMessage error={cadences.error} title="The cadences could not be listed" retry={() => void cadences.refetch()} />;
  return (
    <form className="inline-form" aria-label="Enroll in a cadence" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>Cadence</label>
        <select id={id} value={cadenceId} onChange={(e) => setCadenceId(e.target.value)}>
          <option value="">Choose a published cadence…</option>
          {(cadences.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!cadenceId || enroll.isPending}>
        Enroll
      </button>
      {enroll.isSuccess && (
        <span role="status" className="ok">
          {enroll.data.warnings?.length ? enroll.data.warnings.map((w) => w.message).join(' ') : 'Enrolled: its first step runs now.'}
        </span>
      )}
      {enroll.isError && <ErrorMessage error={enroll.error} title="Not enrolled" />}
    </form>
  );
}
