import { kairosApi, type AuditFilter } from '../api/endpoints';
import { CsvExportButton } from '../shell/csv-export-button';

/** "Export CSV": the API's export of every entry that matches, saved as the file the server names. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  return <CsvExportButton download={() => kairosApi.exportAudit(filter)} what="Every entry matching the filters, oldest first." />;
}
