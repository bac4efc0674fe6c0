// Broken-plan detection: an installment still unpaid when its due date (plus grace) has passed in the
// account's zone is marked missed and a `plan_broken` event is stored in the same transaction, then
// delivered like any event (its running cadences hear it; the customer gets a note with a way to pay).
import { addDays, listDueInstallmentsUpTo, markInstallmentMissed, storeAccountEventIn, type KairosDb } from '@kairos/db';
import { localDate } from '@kairos/cadence/interpreter';
import { systemClock, type ApiDeps } from '../deps';
import { deliverAccountEvent } from '../event-delivery';
import { startPeriodicTask } from './periodic-task';

type PlanSweepDeps = Pick<ApiDeps, 'db' | 'runtime' | 'clock' | 'notices'>;

/** Mark installments missed `graceDays` after their due date (local); answers how many plans broke. */
export async function sweepMissedInstallments(deps: PlanSweepDeps, opts: { graceDays: number }): Promise<{ broken: number }> {
  const now = (deps.clock ?? systemClock)();
  // Any zone's local date is within a day of UTC's: fetch generously, decide per account zone below.
  const candidates = await listDueInstallmentsUpTo(deps.db, addDays(now.toISOString().slice(0, 10), 1 - opts.graceDays));
  let broken = 0;
  for (const { installment, timezone } of candidates) {
    const today = localDate(now.toISOString(), timezone);
    if (addDays(installment.dueDate, opts.graceDays) >= today) continue;
    const stored = await deps.db.transaction(async (tx) => {
      const missed = await markInstallmentMissed(tx as unknown as KairosDb, installment.id);
      if (!missed) return null; // paid (or marked) meanwhile
      return storeAccountEventIn(tx as unknown as KairosDb, {
        source: 'kairos',
        accountId: missed.accountId,
        event: { type: 'plan_broken', eventId: `plan-broken:${missed.offerId}:${missed.seq}`, occurredAt: now.toISOString(), planId: missed.offerId, installment: missed.seq, dueDate: missed.dueDate },
      });
    });
    if (!stored) continue;
    broken++;
    // Stored first: a failed delivery is retried by the event sweep.
    await deliverAccountEvent(deps, stored.event).catch(() => undefined);
  }
  return { broken };
}

/** Look for missed installments every `intervalMs`; returns a function that stops it. */
export function startPlanSweep(deps: PlanSweepDeps, intervalMs: number, graceDays = 3): () => void {
  return startPeriodicTask('plan sweep', intervalMs, () => sweepMissedInstallments(deps, { graceDays }));
}
