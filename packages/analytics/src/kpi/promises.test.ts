import { describe, expect, it } from 'vitest';
import { promiseDeadline, promisesKept } from './promises';

const at = (iso: string) => new Date(iso);

describe('promises kept', () => {
  const promise = { id: 'p', occurredAt: at('2026-03-01T10:00:00Z'), amountMinor: 5_000, promisedDate: '2026-03-05' };

  it('is kept by payments after it that reach the amount before the promised day plus grace ends', () => {
    const payments = [
      { occurredAt: at('2026-03-02T10:00:00Z'), amountMinor: 2_000 },
      { occurredAt: at('2026-03-08T23:00:00Z'), amountMinor: 3_000 },
    ];
    expect(promisesKept([promise], payments)).toEqual([{ promiseId: 'p', keptAt: at('2026-03-08T23:00:00Z') }]);
  });

  it('is broken by a payment after the deadline, and not kept by one before the promise', () => {
    expect(promiseDeadline('2026-03-05').toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(promisesKept([promise], [{ occurredAt: at('2026-03-09T00:00:00Z'), amountMinor: 5_000 }])).toEqual([]);
    expect(promisesKept([promise], [{ occurredAt: at('2026-02-28T00:00:00Z'), amountMinor: 5_000 }])).toEqual([]);
  });

  it('is kept by a smaller payment that clears the balance (a settlement)', () => {
    expect(promisesKept([promise], [{ occurredAt: at('2026-03-03T00:00:00Z'), amountMinor: 4_000, balanceAfterMinor: 0 }])).toHaveLength(1);
  });
});
