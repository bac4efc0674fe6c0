import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { errorMessage } from '../api/client';
import { sentence } from './format';
import { saveFile } from './save-file';

/** "Export CSV" (or `label`): downloads what `download` fetches and saves it as the file the server names, saying how it went. */
export function CsvExportButton({ download, what, label = 'Export CSV' }: { download: () => Promise<{ blob: Blob; filename: string }>; what: string; label?: string }) {
  const whatId = useId();
  const exported = useMutation({ mutationFn: download, onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  return (
    <div className="audit-export">
      <button type="button" onClick={() => exported.mutate()} disabled={exported.isPending} aria-describedby={whatId}>
        {exported.isPending ? 'Preparing the CSV…' : label}
      </button>
      <span id={whatId} className="muted">
        {what}
      </span>
      {exported.isPending && (
        <span role="status" className="visually-hidden">
          Preparing the CSV…
        </span>
      )}
      {exported.isSuccess && (
        <span role="status" className="ok">
          Saved {exported.data.filename}.
        </span>
      )}
      {exported.isError && (
        <span role="alert" className="field-error">
          Not exported: {sentence(errorMessage(exported.error))} Try again.
        </span>
      )}
    </div>
  );
}
