import { describe, expect, it } from 'vitest';
import type { AccountEvent } from '@kairos/cadence';
import { NO_STANDING, openPromiseSince, standingAfter } from './account-standing';

const at = '2026-12-01T12:00:00.000Z';
const promise = (promisedDate: string, amountCents: number): AccountEvent => ({ type: 'promise', eventId: 'pr', occurredAt: at, promisedDate, amountCents });
const payment = (amountCents: number, occurredAt = at): AccountEvent => ({ type: 'payment', eventId: 'pay', occurredAt, amountCents });

describe('an account standing on promises and plans', () => {
  it('keeps a promise open until the payments since it cover its amount', () => {
    const promised = standingAfter(NO_STANDING, promise('2026-12-10', 5_000));
    expect(promised).toEqual({ ...NO_STANDING, openPromiseDate: '2026-12-10', openPromiseCents: 5_000 });
    const part = standingAfter(promised, payment(2_000), 8_000);
    expect(part).toEqual({ ...promised, openPromiseCents: 3_000 });
    expect(standingAfter(part, payment(3_000), 5_000)).toEqual(NO_STANDING);
  });

  it('clears a promise and a plan when the balance reaches 0', () => {
    const both = { openPromiseDate: '2026-12-10', openPromiseCents: 50_000, activePlanId: 'plan-1' };
    expect(standingAfter(both, payment(100), 0)).toEqual(NO_STANDING);
  });

  it('clears a promise a payment reaches only after its date and grace: it was broken', () => {
    const promised = standingAfter(NO_STANDING, promise('2026-12-01', 5_000));
    expect(standingAfter(promised, payment(100, '2026-12-05T00:00:00.000Z'), 9_000).openPromiseDate).toBeNull();
    expect(standingAfter(promised, payment(100, '2026-12-04T23:59:00.000Z'), 9_000).openPromiseCents).toBe(4_900);
  });

  it('sets the plan when accepted and clears it when that plan breaks', () => {
    const planned = standingAfter(NO_STANDING, { type: 'plan_accepted', eventId: 'pa', occurredAt: at, planId: 'plan-1', installments: 3 });
    expect(planned.activePlanId).toBe('plan-1');
    const broken = (planId: string): AccountEvent => ({ type: 'plan_broken', eventId: 'pb', occurredAt: at, planId, installment: 1, dueDate: '2026-12-01' });
    expect(standingAfter(planned, broken('plan-0'))).toEqual(planned);
    expect(standingAfter(planned, broken('plan-1'))).toEqual(NO_STANDING);
  });

  it('counts a promise open on its date and the grace days after it', () => {
    // Grace is 3 days (the KPIs' rule): on 12-07 a promise for 12-04 is still open, one for 12-03 is broken.
    expect(openPromiseSince('2026-12-07')).toBe('2026-12-04');
    expect(openPromiseSince('2026-03-02')).toBe('2026-02-27');
  });
});
