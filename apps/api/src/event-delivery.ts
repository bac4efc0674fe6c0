import { listActiveEnrollmentsForAccount, listUnsignalledEvents, markEventSignalled, toAccountEvent, type AccountEventRow } from '@kairos/db';
import type { RouteDeps } from './deps';

/**
 * Signal a stored event to every active enrollment of its account, then mark it delivered.
 * If any signal fails the event stays unsignalled and the sweep tries again; workflows ignore
 * event ids they have already seen, so a repeat is harmless.
 */
export async function deliverAccountEvent(deps: Pick<RouteDeps, 'db' | 'runtime'>, row: AccountEventRow): Promise<{ delivered: boolean; enrollments: number }> {
  const active = await listActiveEnrollmentsForAccount(deps.db, row.accountId);
  const event = toAccountEvent(row);
  const results = await Promise.allSettled(active.map((e) => deps.runtime.signalAccountEvent(e.workflowId, event)));
  if (results.some((r) => r.status === 'rejected')) return { delivered: false, enrollments: active.length };
  await markEventSignalled(deps.db, row.id);
  return { delivered: true, enrollments: active.length };
}

/** Re-deliver events stored more than `olderThanMs` ago but never signalled (e.g. the API crashed in between). */
export async function sweepUnsignalledEvents(
  deps: Pick<RouteDeps, 'db' | 'runtime'>,
  opts: { olderThanMs: number; now?: Date; limit?: number },
): Promise<{ delivered: number; pending: number }> {
  const receivedBefore = new Date((opts.now ?? new Date()).getTime() - opts.olderThanMs).toISOString();
  const rows = await listUnsignalledEvents(deps.db, { receivedBefore, limit: opts.limit ?? 500 });
  let delivered = 0;
  for (const row of rows) if ((await deliverAccountEvent(deps, row).catch(() => ({ delivered: false }))).delivered) delivered++;
  return { delivered, pending: rows.length - delivered };
}

/** Run the sweep every `intervalMs`; returns a function that stops it. */
export function startEventSweep(deps: Pick<RouteDeps, 'db' | 'runtime'>, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepUnsignalledEvents(deps, { olderThanMs: intervalMs })
      .catch((err) => console.error('event sweep failed:', (err as Error).message))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
