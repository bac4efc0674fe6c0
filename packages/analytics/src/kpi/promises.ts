// When is a promise to pay kept? When, after it was made, the account pays at least the promised
// amount (or clears its balance) no later than the end of the promised day plus a grace period.
// Kairos counts promises the same way everywhere (dashboard, experiments), whatever the cadence did.

/** Days after the promised date a payment still keeps the promise (the wait-for-promise node's default). */
export const PROMISE_GRACE_DAYS = 3;
const DAY_MS = 86_400_000;

export interface PromiseFact {
  id: string;
  occurredAt: Date;
  amountMinor: number;
  /** YYYY-MM-DD */
  promisedDate: string;
}

export interface PaymentFact {
  occurredAt: Date;
  amountMinor: number;
  /** The balance the payment left, when the ledger said it (0: paid off). */
  balanceAfterMinor?: number | null;
}

/** The instant after which an unpaid promise counts as broken. */
export const promiseDeadline = (promisedDate: string, graceDays = PROMISE_GRACE_DAYS): Date =>
  new Date(Date.parse(`${promisedDate}T00:00:00Z`) + (graceDays + 1) * DAY_MS);

/** Each promise that the payments kept, with the payment that kept it. */
export function promisesKept(
  promises: readonly PromiseFact[],
  payments: readonly PaymentFact[],
  graceDays = PROMISE_GRACE_DAYS,
): Array<{ promiseId: string; keptAt: Date }> {
  const ordered = [...payments].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const kept: Array<{ promiseId: string; keptAt: Date }> = [];
  for (const p of promises) {
    const deadline = promiseDeadline(p.promisedDate, graceDays).getTime();
    let paid = 0;
    for (const pay of ordered) {
      const t = pay.occurredAt.getTime();
      if (t < p.occurredAt.getTime()) continue;
      if (t >= deadline) break;
      paid += pay.amountMinor;
      if (paid >= p.amountMinor || pay.balanceAfterMinor === 0) {
        kept.push({ promiseId: p.id, keptAt: pay.occurredAt });
        break;
      }
    }
  }
  return kept;
}
