import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { useEditor } from '../store/editor-context';
import type { Autosave } from './use-autosave';

/** Publishing saves the draft first and is impossible while validation reports an error (the server refuses too). */
export function PublishButton({ cadenceId, autosave }: { cadenceId: string; autosave: Autosave }) {
  const errors = useEditor((s) => s.issues.filter((i) => i.severity === 'error').length);
  const checking = useEditor((s) => s.checking);
  const client = useQueryClient();
  const whyId = useId();
  const publish = useMutation({
    mutationFn: async () => {
      if (!(await autosave.save())) throw new Error('the draft could not be saved first; see the save status');
      return kairosApi.publish(cadenceId);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.versions(cadenceId) }),
  });
  const blocked = checking || errors > 0 || autosave.status === 'conflict';
  return (
    <div className="publish">
      <button type="button" className="primary" disabled={blocked || publish.isPending} aria-describedby={whyId} onClick={() => publish.mutate()}>
        {publish.isPending ? 'Publishing…' : 'Publish'}
      </button>
      <span id={whyId} className="muted publish-why">
        {errors > 0 ? `Fix ${errors} error${errors === 1 ? '' : 's'} in the problems list to publish.` : ''}
      </span>
      {publish.isSuccess && (
        <span role="status" className="ok">
          Version {publish.data.version} is published.{' '}
          <Link to={`/cadences/${cadenceId}/versions/${publish.data.id}`}>Open version {publish.data.version}</Link>
        </span>
      )}
      {publish.isError && (
        <span role="alert" className="field-error">
          Not published: {errorMessage(publish.error)}
        </span>
      )}
    </div>
  );
}
