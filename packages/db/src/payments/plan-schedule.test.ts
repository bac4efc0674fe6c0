import { expect, it } from 'vitest';
import { addMonths, allocatePayment, installmentSchedule } from './plan-schedule';

it('keeps the day of the month, or the month\'s last day, for monthly installments', () => {
  expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
});

it('splits a plan into equal installments with the rounding left in the last one', () => {
  const s = installmentSchedule({ totalCents: 10_001, installments: 4, installmentCents: 2_501, firstDueDate: '2026-12-01', frequency: 'biweekly' });
  expect(s.map((i) => i.amountCents)).toEqual([2_501, 2_501, 2_501, 2_498]);
  expect(s.map((i) => i.dueDate)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29', '2027-01-12']);
  expect(s.reduce((t, i) => t + i.amountCents, 0)).toBe(10_001);
});

it('pays installments oldest first and never more than each one is owed', () => {
  const open = [
    { seq: 2, amountCents: 1_000, paidCents: 0 },
    { seq: 1, amountCents: 1_000, paidCents: 400 },
  ];
  expect(allocatePayment(open, 900)).toEqual([
    { seq: 1, paidCents: 1_000, paid: true },
    { seq: 2, paidCents: 300, paid: false },
  ]);
});
