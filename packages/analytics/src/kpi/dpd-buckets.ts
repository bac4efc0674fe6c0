// Days-past-due buckets, as collections teams stage accounts (the roll-rate matrix uses them).
export const DPD_BUCKETS = ['pre_due', '1-15', '16-30', '31-60', '60+'] as const;
export type DpdBucket = (typeof DPD_BUCKETS)[number];

const DAY_MS = 86_400_000;

/** Whole days from the due date (YYYY-MM-DD) to the UTC day of `at`; negative before the due date. */
export function daysPastDue(dueDate: string, at: Date): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const day = Date.parse(`${at.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((day - due) / DAY_MS);
}

export function dpdBucket(dpd: number): DpdBucket {
  if (dpd <= 0) return 'pre_due';
  if (dpd <= 15) return '1-15';
  if (dpd <= 30) return '16-30';
  if (dpd <= 60) return '31-60';
  return '60+';
}
