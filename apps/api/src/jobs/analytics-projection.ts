// Facts become analytics events shortly after they commit (see @kairos/db projectAnalytics); reports
// also project before they read, so this timer only keeps the event log close behind between reports.
// A fact that cannot be projected is parked by the run itself; a run that fails altogether (the
// database away, a timeout) is tried again on the next tick.
import { projectAnalytics, projectionFailure, type KairosDb } from '@kairos/db';
import { startPeriodicTask } from './periodic-task';

/** Project every `intervalMs`; returns a function that stops it. */
export function startAnalyticsProjection(deps: { db: KairosDb }, intervalMs: number): () => void {
  return startPeriodicTask('analytics projection', intervalMs, () =>
    // The ORM's error quotes the statement and its values (account data): the log gets the SQLSTATE only.
    projectAnalytics(deps.db).catch((err: unknown) => {
      throw new Error(projectionFailure(err));
    }),
  );
}
