import { listActiveEnrollmentsForAccount, markEventSignalled, toAccountEvent, type AccountEventRow } from '@kairos/db';
import type { ApiDeps } from './deps';

export interface Delivery {
  /** True once every active enrollment has the event and it is marked signalled. */
  delivered: boolean;
  /** How many active enrollments the event was meant for. */
  enrollments: number;
}

/**
 * Signal a stored event to every active enrollment of its account, then mark it signalled.
 * If any signal fails the event stays unsignalled and the sweep tries again; workflows ignore
 * event ids they have already seen, so delivering twice is harmless.
 */
export async function deliverAccountEvent(deps: Pick<ApiDeps, 'db' | 'runtime'>, row: AccountEventRow): Promise<Delivery> {
  const active = await listActiveEnrollmentsForAccount(deps.db, row.accountId);
  const event = toAccountEvent(row);
  const results = await Promise.allSettled(active.map((e) => deps.runtime.signalAccountEvent(e.workflowId, event)));
  if (results.some((r) => r.status === 'rejected')) return { delivered: false, enrollments: active.length };
  await markEventSignalled(deps.db, row.id);
  return { delivered: true, enrollments: active.length };
}
