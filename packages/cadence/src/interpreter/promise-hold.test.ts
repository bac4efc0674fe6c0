// The portfolio's promise hold: while a promise to pay is open, contact steps wait until it is kept or broken.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { builtInRegistry } from '../nodes/index';
import { smsWaitEmail, testAccount } from '../testing/graph-builder';
import type { CadenceIR } from './ir';
import { interpret, resume, startEnrollment, wakeAt } from './interpreter';
import type { CadenceInput, EnrollmentPolicy, Transition } from './state';

const compiled = compile(smsWaitEmail().build(), builtInRegistry);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
const ir: CadenceIR = compiled.ir;

const T0 = '2026-11-24T15:00:00.000Z'; // Tuesday 10:00 in New York
const HOLD: EnrollmentPolicy = { holdContactWhilePromiseOpen: true };
let eventSeq = 0;
const event = (e: Record<string, unknown> & { type: string }, at: string): CadenceInput =>
  ({ type: 'accountEvent', at, event: { eventId: `ev-${++eventSeq}`, occurredAt: at, ...e } }) as CadenceInput;
const activities = (t: Transition) => t.commands.filter((c) => c.type === 'runActivity');

/** SMS sent, then a $50 promise for Dec 10 during the 3-day wait; the wait ends on Nov 27 at the email step. */
function atEmailStep(policy?: EnrollmentPolicy): Transition {
  let t = startEnrollment(ir, { enrollmentId: 'e-hold', account: testAccount(), at: T0, ...(policy ? { policy } : {}) });
  t = interpret(ir, t.state, { type: 'activityResult', at: T0, commandId: 'sms#1', result: { outcome: 'next' } });
  t = interpret(ir, t.state, event({ type: 'promise', amountCents: 5_000, promisedDate: '2026-12-10' }, '2026-11-25T12:00:00.000Z'));
  return interpret(ir, t.state, { type: 'timer', at: '2026-11-27T15:00:00.000Z' });
}

describe('holding contact while a promise to pay is open', () => {
  it('holds the next message until the promised date plus a grace day, and the timeline says why', () => {
    const t = atEmailStep(HOLD);
    expect(activities(t)).toEqual([]);
    // End of Dec 11 in New York (promised Dec 10, one grace day).
    expect(t.state.waiting).toEqual({ type: 'hold', stepId: 'email', commandId: 'email#1', until: '2026-12-12T04:59:59.999Z' });
    expect(wakeAt(t.state)).toBe('2026-12-12T04:59:59.999Z');
    expect(t.commands).toContainEqual({ type: 'waitUntil', until: '2026-12-12T04:59:59.999Z' });
    const waiting = t.commands.find((c) => c.type === 'log' && c.entry.type === 'waiting');
    expect(waiting).toMatchObject({
      entry: { stepId: 'email', detail: { reason: 'promise_open', amountCents: 5_000, promisedDate: '2026-12-10', message: 'waiting: promise to pay of $50.00 due 2026-12-10 is open' } },
    });
  });

  it('sends once the promise is broken (its date and grace passed unpaid), with the key the step would have had', () => {
    let t = atEmailStep(HOLD);
    t = interpret(ir, t.state, { type: 'timer', at: '2026-12-05T00:00:00.000Z' }); // early wake-up: still held
    expect(activities(t)).toEqual([]);
    t = interpret(ir, t.state, { type: 'timer', at: '2026-12-12T05:00:00.000Z' });
    expect(activities(t)).toEqual([expect.objectContaining({ stepId: 'email', commandId: 'email#1', input: expect.objectContaining({ idempotencyKey: 'e-hold:email:1' }) })]);
    expect(t.state.waiting).toEqual({ type: 'activity', stepId: 'email', commandId: 'email#1' });
  });

  it('goes ahead when payments keep the promise but leave a balance', () => {
    let t = atEmailStep(HOLD);
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 2_000 }, '2026-12-01T12:00:00.000Z'));
    expect(activities(t)).toEqual([]);
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 3_000 }, '2026-12-02T12:00:00.000Z'));
    expect(activities(t)).toEqual([expect.objectContaining({ stepId: 'email', commandId: 'email#1' })]);
  });

  it('sends nothing when the account is paid off during the hold: the cadence ends', () => {
    let t = atEmailStep(HOLD);
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 12_345 }, '2026-12-01T12:00:00.000Z'));
    expect(activities(t)).toEqual([]);
    expect(t.state).toMatchObject({ status: 'finished', exit: { reason: 'paid' } });
  });

  it('moves the hold when the account holder promises a later date', () => {
    let t = atEmailStep(HOLD);
    t = interpret(ir, t.state, event({ type: 'promise', amountCents: 6_000, promisedDate: '2026-12-20' }, '2026-12-01T12:00:00.000Z'));
    expect(activities(t)).toEqual([]);
    expect(t.state.waiting).toMatchObject({ type: 'hold', until: '2026-12-22T04:59:59.999Z' });
    expect(t.commands).toContainEqual({ type: 'waitUntil', until: '2026-12-22T04:59:59.999Z' });
    expect(resume(ir, t.state)).toEqual([{ type: 'waitUntil', until: '2026-12-22T04:59:59.999Z' }]);
    t = interpret(ir, t.state, { type: 'timer', at: '2026-12-12T05:00:00.000Z' }); // the first promise's deadline: still held
    expect(activities(t)).toEqual([]);
    t = interpret(ir, t.state, { type: 'timer', at: '2026-12-22T05:00:00.000Z' });
    expect(activities(t)).toHaveLength(1);
  });

  it('does not hold a step reached after the promise was already broken', () => {
    let t = startEnrollment(ir, { enrollmentId: 'e-late', account: testAccount(), at: T0, policy: HOLD });
    t = interpret(ir, t.state, event({ type: 'promise', amountCents: 5_000, promisedDate: '2026-11-24' }, T0));
    t = interpret(ir, t.state, { type: 'activityResult', at: T0, commandId: 'sms#1', result: { outcome: 'next' } });
    t = interpret(ir, t.state, { type: 'timer', at: '2026-11-27T15:00:00.000Z' });
    expect(activities(t)).toEqual([expect.objectContaining({ stepId: 'email' })]);
  });

  it('holds nothing when the portfolio turned the policy off, nor in enrollments started before policies existed', () => {
    expect(activities(atEmailStep({ holdContactWhilePromiseOpen: false }))).toEqual([expect.objectContaining({ stepId: 'email' })]);
    expect(activities(atEmailStep())).toEqual([expect.objectContaining({ stepId: 'email' })]);
  });
});
