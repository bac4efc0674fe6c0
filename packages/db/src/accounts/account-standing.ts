// Where an account stands on promises and plans, kept on the account row by whoever stores an account
// event (and by writers that set the balance), so the Accounts list filters "promise open" and "plan"
// with an index-friendly column instead of replaying the ledger of a million accounts.
import { PROMISE_GRACE_DAYS, promiseDeadline } from '@kairos/analytics/kpi';
import type { AccountEvent } from '@kairos/cadence';

/** The status columns of an account (`open_promise_*`, `active_plan_id`). */
export interface AccountStanding {
  /** The promised date of the open promise; it stays set after the date, until kept, replaced or paid off. */
  openPromiseDate: string | null;
  /** What is still to pay on the open promise (the promised amount less the payments since). */
  openPromiseCents: number | null;
  activePlanId: string | null;
}

export const NO_STANDING: AccountStanding = { openPromiseDate: null, openPromiseCents: null, activePlanId: null };

/**
 * The standing after an event; `balanceAfterCents` is the ledger's balance after it, when it changed.
 * A promise is kept when the payments since it reach its amount, or when the balance reaches 0;
 * a payment after its deadline (date + grace) finds it broken already and clears it.
 */
export function standingAfter(s: AccountStanding, event: AccountEvent, balanceAfterCents?: number): AccountStanding {
  if (balanceAfterCents === 0) return NO_STANDING;
  switch (event.type) {
    case 'promise':
      return { ...s, openPromiseDate: event.promisedDate, openPromiseCents: event.amountCents };
    case 'payment': {
      if (s.openPromiseDate === null) return s;
      const late = Date.parse(event.occurredAt) >= promiseDeadline(s.openPromiseDate).getTime();
      const left = (s.openPromiseCents ?? 0) - event.amountCents;
      return late || left <= 0 ? { ...s, openPromiseDate: null, openPromiseCents: null } : { ...s, openPromiseCents: left };
    }
    case 'plan_accepted':
      return { ...s, activePlanId: event.planId };
    case 'plan_broken':
      return s.activePlanId === event.planId ? { ...s, activePlanId: null } : s;
    default:
      return s;
  }
}

/**
 * The earliest promised date still open on `asOf` (YYYY-MM-DD): a promise counts as open until its
 * date plus the grace days the KPIs use have passed (then it is broken, even if no event said so).
 */
export function openPromiseSince(asOf: string): string {
  const d = new Date(Date.parse(`${asOf}T00:00:00Z`) - PROMISE_GRACE_DAYS * 86_400_000);
  return d.toISOString().slice(0, 10);
}
