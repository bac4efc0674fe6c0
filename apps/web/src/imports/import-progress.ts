// An import's progress and outcome in words: how far it is, how fast, when it ends, and what it
// did. Pure, so the page, the history and the tests read the same sentences.
import type { Schemas } from '../api/types';

export type AccountImport = Schemas['AccountImport'];
export type ImportStatus = AccountImport['status'];

/** Statuses after which an import changes no more. */
export const ENDED: readonly ImportStatus[] = ['done', 'failed', 'cancelled'];
export const isRunning = (imp: Pick<AccountImport, 'status'>) => imp.status === 'queued' || imp.status === 'running';

export const STATUS_TEXT: Record<ImportStatus, string> = {
  uploaded: 'Not started',
  queued: 'Waiting for the imports before it',
  running: 'Importing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** "1 min 5 s", "12 s", "2 h 3 min": a duration as people say it. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return s % 60 === 0 ? `${minutes} min` : `${minutes} min ${s % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** Percent of the rows read (a whole number, 100 only when every row is). */
export function percentDone(imp: Pick<AccountImport, 'rowsDone' | 'totalRows'>): number {
  if (imp.totalRows <= 0) return 0;
  const p = Math.floor((imp.rowsDone / imp.totalRows) * 100);
  return imp.rowsDone >= imp.totalRows ? 100 : Math.min(99, p);
}

/** "1,500 of 10,000 rows · 420 rows/s · about 21 s left" while it runs. */
export function progressText(imp: Pick<AccountImport, 'status' | 'rowsDone' | 'totalRows' | 'rowsPerSecond' | 'etaSeconds' | 'cancelRequested'>): string {
  const rows = `${imp.rowsDone.toLocaleString('en-US')} of ${imp.totalRows.toLocaleString('en-US')} rows`;
  if (imp.status === 'queued') return `${rows} · waiting for the imports started before it`;
  const parts = [rows];
  if (imp.rowsPerSecond !== null) parts.push(`${imp.rowsPerSecond.toLocaleString('en-US')} rows/s`);
  if (imp.etaSeconds !== null) parts.push(`about ${formatSeconds(imp.etaSeconds)} left`);
  else if (imp.status === 'running') parts.push('measuring the pace…');
  if (imp.cancelRequested) parts.push('stopping after the current batch');
  return parts.join(' · ');
}

/** The counts of an import as label and number, in the order a summary reads them. */
export function summaryCounts(imp: Pick<AccountImport, 'created' | 'updated' | 'unchanged' | 'rejected'>): Array<{ label: string; count: number }> {
  return [
    { label: 'Created', count: imp.created },
    { label: 'Updated', count: imp.updated },
    { label: 'Unchanged', count: imp.unchanged },
    { label: 'Rejected', count: imp.rejected },
  ];
}

/** What an ended import did, and what to do next. */
export function outcomeText(imp: Pick<AccountImport, 'status' | 'rowsDone' | 'totalRows' | 'rejected' | 'failureReason'>): string {
  const rejected = imp.rejected > 0 ? ` ${imp.rejected.toLocaleString('en-US')} rejected ${imp.rejected === 1 ? 'row is' : 'rows are'} in the problems CSV: fix them in your file and import it again (rows already imported count as unchanged).` : '';
  if (imp.status === 'done') return `Every row of the file was read.${rejected}`;
  if (imp.status === 'cancelled') {
    return `Cancelled after ${imp.rowsDone.toLocaleString('en-US')} of ${imp.totalRows.toLocaleString('en-US')} rows: the rows before stay imported. Import the file again to finish it.`;
  }
  if (imp.status === 'failed') return `The import failed: ${imp.failureReason ?? 'no reason was recorded'}.`;
  return '';
}
