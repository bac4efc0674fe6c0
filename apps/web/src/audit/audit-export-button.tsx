import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../api/client';
import { kairosApi, type AuditFilter } from '../api/endpoints';
import { sentence } from '../shell/format';
import { saveFile } from '../shell/save-file';

/** "Export CSV": the API's export of every entry that matches, saved as the file the server names. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  const exported = useMutation({
    mutationFn: () => kairosApi.exportAudit(filter),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
  return (
    <div className="audit-export">
      <button type="button" onClick={() => exported.mutate()} disabled={exported.isPending} aria-describedby="audit-export-what">
        {exported.isPending ? 'Preparing the CSV…' : 'Export CSV'}
      </button>
      <span id="audit-export-what" className="muted">
        Every entry matching the filters, oldest first.
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
