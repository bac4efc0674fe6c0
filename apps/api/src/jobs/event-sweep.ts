// Events are stored before they are acted on; this sweep is what makes "acted on" eventually true
// when the API stored an event but could not signal it (Temporal down, process crash in between).
import { listUnsignalledEvents } from '@kairos/db';
import { systemClock, type ApiDeps } from '../deps';
import { deliverAccountEvent } from '../event-delivery';
import { startPeriodicTask } from './periodic-task';

type SweepDeps = Pick<ApiDeps, 'db' | 'runtime' | 'clock'>;

/**
 * Re-deliver events stored more than `olderThanMs` ago and never signalled, oldest first.
 * The age threshold leaves events that a request is delivering right now to that request.
 */
export async function sweepUnsignalledEvents(
  deps: SweepDeps,
  opts: { olderThanMs: number; limit?: number },
): Promise<{ delivered: number; pending: number }> {
  const now = (deps.clock ?? systemClock)();
  const receivedBefore = new Date(now.getTime() - opts.olderThanMs).toISOString();
  const rows = await listUnsignalledEvents(deps.db, { receivedBefore, limit: opts.limit ?? 500 });
  let delivered = 0;
  for (const row of rows) {
    const result = await deliverAccountEvent(deps, row).catch(() => ({ delivered: false }));
    if (result.delivered) delivered++;
  }
  return { delivered, pending: rows.length - delivered };
}

/** Sweep every `intervalMs` (events older than one interval); returns a function that stops it. */
export function startEventSweep(deps: SweepDeps, intervalMs: number): () => void {
  return startPeriodicTask('event sweep', intervalMs, () => sweepUnsignalledEvents(deps, { olderThanMs: intervalMs }));
}
