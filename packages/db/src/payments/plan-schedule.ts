// The installment schedule of a payment plan: pure date and money arithmetic, no I/O.

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return new Date(t).toISOString().slice(0, 10);
}

/** `date` plus `months` months, on the same day of the month or the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

export interface ScheduledInstallment {
  seq: number;
  dueDate: string;
  amountCents: number;
}

/** Installments of a plan: equal amounts, the last one taking what rounding left, every `frequency` from the first due date. */
export function installmentSchedule(plan: {
  totalCents: number;
  installments: number;
  installmentCents: number;
  firstDueDate: string;
  frequency: 'weekly' | 'biweekly' | 'monthly';
}): ScheduledInstallment[] {
  const out: ScheduledInstallment[] = [];
  let left = plan.totalCents;
  for (let i = 0; i < plan.installments && left > 0; i++) {
    const last = i === plan.installments - 1;
    const amountCents = last ? left : Math.min(plan.installmentCents, left);
    left -= amountCents;
    const dueDate =
      plan.frequency === 'monthly' ? addMonths(plan.firstDueDate, i) : addDays(plan.firstDueDate, i * (plan.frequency === 'weekly' ? 7 : 14));
    out.push({ seq: i + 1, dueDate, amountCents });
  }
  return out;
}

/** Spread a payment over open installments, oldest first: how much each gets. */
export function allocatePayment(
  installments: ReadonlyArray<{ seq: number; amountCents: number; paidCents: number }>,
  amountCents: number,
): Array<{ seq: number; paidCents: number; paid: boolean }> {
  let left = amountCents;
  const out: Array<{ seq: number; paidCents: number; paid: boolean }> = [];
  for (const i of [...installments].sort((a, b) => a.seq - b.seq)) {
    if (left <= 0) break;
    const open = i.amountCents - i.paidCents;
    if (open <= 0) continue;
    const take = Math.min(open, left);
    left -= take;
    out.push({ seq: i.seq, paidCents: i.paidCents + take, paid: i.paidCents + take >= i.amountCents });
  }
  return out;
}
