import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { CadenceLifecycle } from '../api/types';
import { useEditor } from '../store/editor-context';
import { entryMatchesText } from './entry-matches-text';
import type { Autosave } from './use-autosave';

const STATE_TEXT: Record<CadenceLifecycle['state'], string> = {
  draft: 'Draft',
  submitted: 'In review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  published: 'Published',
};

/**
 * A draft goes live in two steps: submit it for review (a compliance officer who is not its author
 * approves that exact content), then publish. Both save first, and both are impossible while an error
 * (a validation error or a blocking compliance finding) stands; the server refuses too.
 */
export function ReleaseControls({ cadenceId, autosave, initial }: { cadenceId: string; autosave: Autosave; initial?: CadenceLifecycle }) {
  const errors = useEditor((s) => s.issues.filter((i) => i.severity === 'error').length);
  const checking = useEditor((s) => s.checking);
  const client = useQueryClient();
  const whyId = useId();
  const lifecycle = useQuery({
    queryKey: queryKeys.lifecycle(cadenceId),
    queryFn: () => kairosApi.lifecycle(cadenceId),
    ...(initial ? { initialData: initial } : {}),
    // While a compliance officer decides, look again now and then.
    refetchInterval: (q) => (q.state.data?.state === 'submitted' ? 3_000 : false),
  });
  // A saved edit may change the state (an edit after approval is a draft again).
  useEffect(() => {
    if (autosave.savedAt) void client.invalidateQueries({ queryKey: queryKeys.lifecycle(cadenceId) });
  }, [autosave.savedAt, client, cadenceId]);
  const saveFirst = async () => {
    if (!(await autosave.save())) throw new Error('the draft could not be saved first; see the save status');
  };
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: queryKeys.lifecycle(cadenceId) }), client.invalidateQueries({ queryKey: queryKeys.versions(cadenceId) })]);
  const submit = useMutation({ mutationFn: async () => (await saveFirst(), kairosApi.submitForReview(cadenceId)), onSuccess: refresh });
  const publish = useMutation({ mutationFn: async () => (await saveFirst(), kairosApi.publish(cadenceId)), onSuccess: refresh });
  // A rule-triggered Entry enrolls every account it matches the moment it is published: say how many first.
  const [confirming, setConfirming] = useState<ReturnType<typeof entryMatchesText>>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const askFirst = useMutation({
    mutationFn: async () => (await saveFirst(), entryMatchesText(await kairosApi.entryMatches(cadenceId))),
    onSuccess: (text) => (text ? setConfirming(text) : publish.mutate()),
  });
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (confirming && !d.open) d.showModal();
    if (!confirming && d.open) d.close();
  }, [confirming]);
  const confirmId = useId();

  const state = lifecycle.data?.state ?? 'draft';
  const blocked = checking || errors > 0 || autosave.status === 'conflict';
  const why = errors > 0
    ? `Fix ${errors} error${errors === 1 ? '' : 's'} in the problems list to submit or publish.`
    : state === 'submitted'
      ? 'Waiting for a compliance officer to approve it.'
      : state === 'draft' || state === 'changes_requested'
        ? 'Publishing needs a compliance officer’s approval: submit it for review first.'
        : '';
  const failure = submit.error ?? publish.error ?? askFirst.error;
  return (
    <div className="publish">
      <span className={`badge lifecycle-${state}`} role="status" aria-label={`Review state: ${STATE_TEXT[state]}`}>
        {STATE_TEXT[state]}
      </span>
      {(state === 'draft' || state === 'changes_requested') && (
        <button type="button" disabled={blocked || submit.isPending} aria-describedby={whyId} onClick={() => submit.mutate()}>
          {submit.isPending ? 'Submitting…' : 'Submit for review'}
        </button>
      )}
      <button
        type="button"
        className="primary"
        disabled={blocked || state !== 'approved' || publish.isPending || askFirst.isPending}
        aria-describedby={whyId}
        onClick={() => (publish.reset(), askFirst.mutate())}
      >
        {publish.isPending ? 'Publishing…' : askFirst.isPending ? 'Counting who enters…' : 'Publish'}
      </button>
      <dialog ref={dialog} className="publish-confirm" aria-labelledby={confirmId} onClose={() => setConfirming(null)}>
        <h2 id={confirmId}>Publish and enroll?</h2>
        {confirming && (
          <>
            <p>{confirming.headline}</p>
            {confirming.details.map((d) => (
              <p key={d} className="muted">
                {d}
              </p>
            ))}
            <div className="dialog-buttons">
              <button type="button" className="primary" onClick={() => (setConfirming(null), publish.mutate())}>
                Publish and enroll
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </>
        )}
      </dialog>
      <span id={whyId} className="muted publish-why">
        {why}
      </span>
      {publish.isSuccess && (
        <span role="status" className="ok">
          Version {publish.data.version} is published.{' '}
          <Link to={`/cadences/${cadenceId}/versions/${publish.data.id}`}>Open version {publish.data.version}</Link>
        </span>
      )}
      {failure && (
        <span role="alert" className="field-error">
          {publish.error || askFirst.error ? 'Not published' : 'Not submitted'}: {errorMessage(failure)}
        </span>
      )}
    </div>
  );
}
