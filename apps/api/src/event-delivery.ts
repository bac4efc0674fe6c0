import { listActiveEnrollmentsForAccount, markEventSignalled, toAccountEvent, type AccountEventRow } from '@kairos/db';
import type { NoticeKind } from '@kairos/workflows';
import type { ApiDeps } from './deps';

/** Events the customer hears back about on their channel (a receipt, another way to pay, a plan's schedule). */
const NOTICE_OF: Partial<Record<AccountEventRow['type'], NoticeKind>> = {
  payment: 'payment_received',
  payment_failed: 'payment_failed',
  plan_accepted: 'plan_accepted',
  plan_broken: 'plan_broken',
};

export interface Delivery {
  /** True once every active enrollment has the event and it is marked signalled. */
  delivered: boolean;
  /** How many active enrollments the event was meant for. */
  enrollments: number;
}

/**
 * Signal a stored event to every active enrollment of its account (and start its notice to the
 * customer, once per event), then mark it signalled.
 * If any signal fails the event stays unsignalled and the sweep tries again; workflows ignore
 * event ids they have already seen, so delivering twice is harmless.
 */
export async function deliverAccountEvent(deps: Pick<ApiDeps, 'db' | 'runtime' | 'notices'>, row: AccountEventRow): Promise<Delivery> {
  const active = await listActiveEnrollmentsForAccount(deps.db, row.accountId);
  const event = toAccountEvent(row);
  const notice = deps.notices === false ? undefined : NOTICE_OF[row.type];
  const results = await Promise.allSettled([
    ...active.map((e) => deps.runtime.signalAccountEvent(e.workflowId, event)),
    ...(notice ? [deps.runtime.startNotice({ eventRowId: row.id, accountId: row.accountId, kind: notice })] : []),
  ]);
  if (results.some((r) => r.status === 'rejected')) return { delivered: false, enrollments: active.length };
  await markEventSignalled(deps.db, row.id);
  return { delivered: true, enrollments: active.length };
}
