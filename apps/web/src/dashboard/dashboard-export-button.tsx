import type { DashboardFilter } from '../api/analytics-types';
import { kairosApi } from '../api/endpoints';
import { CsvExportButton } from '../shell/csv-export-button';

/** "Export CSV": the API's day × channel export for the same filters, saved as the file the server names. */
export function DashboardExportButton({ filter }: { filter: DashboardFilter }) {
  return <CsvExportButton download={() => kairosApi.exportDashboard(filter)} what="One row per day and channel, for these filters." />;
}
