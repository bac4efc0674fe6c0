import { useMutation } from '@tanstack/react-query';
import type { DashboardFilter } from '../api/analytics-types';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { sentence } from '../shell/format';
import { saveFile } from '../shell/save-file';

/** "Export CSV": the API's day × channel export for the same filters, saved as the file the server names. */
export function DashboardExportButton({ filter }: { filter: DashboardFilter }) {
  const exported = useMutation({
    mutationFn: () => kairosApi.exportDashboard(filter),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
  return (
    <div className="audit-export">
      <button type="button" onClick={() => exported.mutate()} disabled={exported.isPending} aria-describedby="dashboard-export-what">
        {exported.isPending ? 'Preparing the CSV…' : 'Export CSV'}
      </button>
      <span id="dashboard-export-what" className="muted">
        One row per day and channel, for these filters.
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
