// Facts become analytics events shortly after they commit (see @kairos/db projectAnalytics); reports
// also project before they read, so this timer only keeps the event log close behind between reports.
import { projectAnalytics, type KairosDb } from '@kairos/db';
import { startPeriodicTask } from './periodic-task';

/** Project every `intervalMs`; returns a function that stops it. */
export function startAnalyticsProjection(deps: { db: KairosDb }, intervalMs: number): () => void {
  return startPeriodicTask('analytics projection', intervalMs, () => projectAnalytics(deps.db));
}
