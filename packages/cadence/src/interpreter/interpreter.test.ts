import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { builtInRegistry } from '../nodes/index';
import { graph, smsWaitEmail, testAccount } from '../testing/graph-builder';
import type { CadenceIR } from './ir';
import { interpret, MAX_INSTANT_TRANSITIONS, resume, startEnrollment, wakeAt } from './interpreter';
import type { CadenceCommand, CadenceInput, EnrollmentState, Transition } from './state';

const T0 = '2026-11-24T15:00:00.000Z'; // 10:00 in New York
const irOf = (g: unknown): CadenceIR => {
  const r = compile(g, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
};
const start = (ir: CadenceIR, account = testAccount()) => startEnrollment(ir, { enrollmentId: 'enr-1', account, at: T0 });
const nonLog = (cs: CadenceCommand[]) => cs.filter((c) => c.type !== 'log');
const activityOf = (t: Transition) => {
  const c = t.commands.find((x) => x.type === 'runActivity');
  if (!c || c.type !== 'runActivity') throw new Error('expected a runActivity command');
  return c;
};
const sent = (ir: CadenceIR, s: EnrollmentState, commandId: string, at: string): Transition =>
  interpret(ir, s, { type: 'activityResult', at, commandId, result: { outcome: 'next' } });
const pay = (amountCents: number, eventId = 'pay-1', at = '2026-11-25T12:00:00.000Z'): CadenceInput => ({
  type: 'accountEvent',
  at,
  event: { type: 'payment', eventId, occurredAt: at, amountCents },
});

describe('interpreter: a linear cadence', () => {
  const ir = irOf(smsWaitEmail().build());

  it('starts by asking for the first send, with an idempotency key of enrollment, step and attempt', () => {
    const t = start(ir);
    expect(nonLog(t.commands)).toEqual([
      {
        type: 'runActivity',
        commandId: 'sms#1',
        stepId: 'sms',
        activity: 'sendMessage',
        input: expect.objectContaining({ idempotencyKey: 'enr-1:sms:1', accountId: 'ACC-1001', stepId: 'sms', attempt: 1 }),
      },
    ]);
    expect(t.state).toMatchObject({ status: 'active', stepId: 'sms', waiting: { type: 'activity', commandId: 'sms#1' } });
  });

  it('waits three calendar days after the send, then sends the email, then finishes exhausted', () => {
    const s1 = start(ir);
    const s2 = sent(ir, s1.state, 'sms#1', T0);
    expect(nonLog(s2.commands)).toEqual([{ type: 'waitUntil', until: '2026-11-27T15:00:00.000Z' }]);
    expect(wakeAt(s2.state)).toBe('2026-11-27T15:00:00.000Z');

    const s3 = interpret(ir, s2.state, { type: 'timer', at: '2026-11-27T15:00:00.000Z' });
    expect(activityOf(s3)).toMatchObject({ stepId: 'email', input: { idempotencyKey: 'enr-1:email:1' } });
    const s4 = sent(ir, s3.state, 'email#1', '2026-11-27T15:00:01.000Z');
    expect(nonLog(s4.commands)).toEqual([{ type: 'finish', reason: 'exhausted' }]);
    expect(s4.state).toMatchObject({ status: 'finished', exit: { reason: 'exhausted', stepId: 'done' } });
  });

  it('keeps waiting when a timer fires early (a stale or early wake-up)', () => {
    const s2 = sent(ir, start(ir).state, 'sms#1', T0);
    const early = interpret(ir, s2.state, { type: 'timer', at: '2026-11-27T14:59:59.000Z' });
    expect(early.commands).toEqual([]);
    expect(early.state.waiting).toEqual(s2.state.waiting);
  });

  it('ignores the result of an activity it is not waiting for', () => {
    const s1 = start(ir);
    const stray = sent(ir, s1.state, 'email#1', T0);
    expect(stray.commands).toEqual([]);
    expect(stray.state.stepId).toBe('sms');
  });

  it('ends the enrollment as paid when a full payment arrives mid-wait, wherever it is', () => {
    const s2 = sent(ir, start(ir).state, 'sms#1', T0);
    const paid = interpret(ir, s2.state, pay(12_345));
    expect(nonLog(paid.commands)).toEqual([{ type: 'finish', reason: 'paid' }]);
    expect(paid.state).toMatchObject({ status: 'finished', waiting: null, exit: { reason: 'paid', stepId: 'wait' } });
    expect(paid.state.account.balanceCents).toBe(0);
    // Nothing after the end: the timer that was set no longer sends.
    expect(interpret(ir, paid.state, { type: 'timer', at: '2026-11-27T15:00:00.000Z' }).commands).toEqual([]);
  });

  it('lowers the balance on a partial payment and carries on', () => {
    const s2 = sent(ir, start(ir).state, 'sms#1', T0);
    const partial = interpret(ir, s2.state, pay(5_000));
    expect(partial.state).toMatchObject({ status: 'active', stepId: 'wait', account: { balanceCents: 7_345 } });
    expect(nonLog(partial.commands)).toEqual([]);
    expect(partial.commands).toContainEqual(
      expect.objectContaining({ type: 'log', entry: expect.objectContaining({ type: 'event', outcome: 'partial_payment' }) }),
    );
  });

  it('applies a redelivered event once', () => {
    const s2 = sent(ir, start(ir).state, 'sms#1', T0);
    const once = interpret(ir, s2.state, pay(5_000, 'pay-7'));
    const twice = interpret(ir, once.state, pay(5_000, 'pay-7'));
    expect(twice.commands).toEqual([]);
    expect(twice.state.account.balanceCents).toBe(7_345);
  });

  it('never changes the state it was given', () => {
    const s1 = start(ir);
    const frozen = structuredClone(s1.state);
    sent(ir, s1.state, 'sms#1', T0);
    interpret(ir, s1.state, pay(12_345));
    expect(s1.state).toEqual(frozen);
  });

  it('does nothing once finished', () => {
    const done = interpret(ir, sent(ir, start(ir).state, 'sms#1', T0).state, pay(12_345));
    expect(interpret(ir, done.state, pay(1, 'pay-2'))).toEqual({ state: done.state, commands: [] });
    expect(wakeAt(done.state)).toBeNull();
    expect(resume(ir, done.state)).toEqual([]);
  });

  it('numbers timeline entries without gaps across inputs', () => {
    const t1 = start(ir);
    const t2 = sent(ir, t1.state, 'sms#1', T0);
    const seqs = [...t1.commands, ...t2.commands].flatMap((c) => (c.type === 'log' ? [c.entry.seq] : []));
    expect(seqs).toEqual(seqs.map((_, i) => i));
    expect(t2.state.seq).toBe(seqs.length);
  });
});

describe('interpreter: deferred activities', () => {
  const ir = irOf(smsWaitEmail().build());

  it('waits until the time an activity asks for, then asks again with the same idempotency key', () => {
    const s1 = start(ir);
    const deferred = interpret(ir, s1.state, {
      type: 'activityResult',
      at: T0,
      commandId: 'sms#1',
      result: { retryAt: '2026-11-25T13:00:00.000Z', reason: 'quiet hours' },
    });
    expect(nonLog(deferred.commands)).toEqual([{ type: 'waitUntil', until: '2026-11-25T13:00:00.000Z' }]);
    expect(wakeAt(deferred.state)).toBe('2026-11-25T13:00:00.000Z');
    const again = interpret(ir, deferred.state, { type: 'timer', at: '2026-11-25T13:00:00.000Z' });
    expect(activityOf(again)).toMatchObject({ commandId: 'sms#1', input: { idempotencyKey: 'enr-1:sms:1', attempt: 1 } });
  });

  it('re-issues the pending activity after continuing as new', () => {
    const s1 = start(ir);
    expect(resume(ir, s1.state)).toEqual([activityOf(s1)]);
    const waiting = sent(ir, s1.state, 'sms#1', T0);
    expect(resume(ir, waiting.state)).toEqual([{ type: 'waitUntil', until: '2026-11-27T15:00:00.000Z' }]);
  });
});

describe('interpreter: waiting for the account holder', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry', { exitOn: ['paid'] })
      .node('listen', 'wait-for-event', { events: ['paid', 'promise', 'dispute'], timeout: { days: 5 } })
      .node('exit-paid', 'exit', { reason: 'paid' })
      .node('exit-promise', 'exit', { reason: 'promise' })
      .node('exit-dispute', 'exit', { reason: 'dispute' })
      .node('exit-timeout', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'listen')
      .edge('listen', 'paid', 'exit-paid')
      .edge('listen', 'promise', 'exit-promise')
      .edge('listen', 'dispute', 'exit-dispute')
      .edge('listen', 'timeout', 'exit-timeout')
      .build(),
  );

  it('asks to be woken by the signals it waits for or by the timeout', () => {
    expect(nonLog(start(ir).commands)).toEqual([
      { type: 'waitForEvent', signals: ['paid', 'promise', 'dispute'], until: '2026-11-29T15:00:00.000Z' },
    ]);
  });

  it('follows the outcome of the event that arrived', () => {
    const s = start(ir).state;
    const promise: CadenceInput = {
      type: 'accountEvent',
      at: '2026-11-26T00:00:00.000Z',
      event: { type: 'promise', eventId: 'pr-1', occurredAt: '2026-11-26T00:00:00.000Z', amountCents: 5_000, promisedDate: '2026-12-05' },
    };
    expect(interpret(ir, s, promise).state.exit).toMatchObject({ reason: 'promise', stepId: 'exit-promise' });
    const dispute: CadenceInput = {
      type: 'accountEvent',
      at: '2026-11-26T00:00:00.000Z',
      event: { type: 'dispute', eventId: 'd-1', occurredAt: '2026-11-26T00:00:00.000Z' },
    };
    expect(interpret(ir, s, dispute).state.exit).toMatchObject({ reason: 'dispute', stepId: 'exit-dispute' });
  });

  it('takes the waiting step\'s own "paid" outcome instead of the entry interrupt', () => {
    const t = interpret(ir, start(ir).state, pay(12_345));
    expect(t.state.exit).toMatchObject({ reason: 'paid', stepId: 'exit-paid' });
  });

  it('leaves by timeout when nothing happened', () => {
    const t = interpret(ir, start(ir).state, { type: 'timer', at: '2026-11-29T15:00:00.000Z' });
    expect(t.state.exit).toMatchObject({ reason: 'exhausted', stepId: 'exit-timeout' });
  });

  it('keeps waiting on a partial payment it does not listen for', () => {
    const t = interpret(ir, start(ir).state, pay(100));
    expect(t.state).toMatchObject({ status: 'active', stepId: 'listen', account: { balanceCents: 12_245 } });
  });
});

describe('interpreter: branches and due-date waits', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry')
      .node('pre-due', 'wait', { mode: 'dueDate', offsetDays: -3, localTime: '10:00' })
      .node('split', 'branch', {
        rules: [
          { outcome: 'gold', when: [{ field: 'attributes.tier', operator: 'eq', value: 'gold' }] },
          { outcome: 'late', when: [{ field: 'dpd', operator: 'gte', value: 30 }] },
        ],
      })
      .node('gold', 'exit', { reason: 'completed' })
      .node('late', 'exit', { reason: 'escalated' })
      .node('other', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'pre-due')
      .edge('pre-due', 'next', 'split')
      .edge('split', 'gold', 'gold')
      .edge('split', 'late', 'late')
      .edge('split', 'otherwise', 'other')
      .build(),
  );
  const at = (dueDate: string, attributes = {}) =>
    startEnrollment(ir, { enrollmentId: 'e', account: testAccount({ dueDate, attributes }), at: T0 });

  it('waits until three days before the due date at 10:00 local time', () => {
    const t = at('2026-12-10');
    expect(nonLog(t.commands)).toEqual([{ type: 'waitUntil', until: '2026-12-07T15:00:00.000Z' }]);
  });

  it('goes straight on when the due-date moment has already passed', () => {
    expect(at('2026-11-20').state.exit).toMatchObject({ stepId: 'other' });
  });

  it('takes the first rule that holds, in order', () => {
    expect(at('2026-10-01', { tier: 'gold' }).state.exit).toMatchObject({ stepId: 'gold' });
    expect(at('2026-10-01', { tier: 'silver' }).state.exit).toMatchObject({ stepId: 'late' });
  });
});

describe('interpreter: guards against hand-edited IR', () => {
  it('ends as failed when an outcome leads nowhere', () => {
    const ir = irOf(smsWaitEmail().build());
    const broken: CadenceIR = { ...ir, steps: { ...ir.steps, sms: { ...ir.steps.sms!, next: {} } } };
    const t = interpret(broken, start(broken).state, { type: 'activityResult', at: T0, commandId: 'sms#1', result: { outcome: 'next' } });
    expect(t.state.exit).toMatchObject({ reason: 'failed', stepId: 'sms' });
  });

  it(`ends as failed after ${MAX_INSTANT_TRANSITIONS} steps without waiting`, () => {
    const ir = irOf(smsWaitEmail().build());
    const spin: CadenceIR = { ...ir, entry: 'loop', steps: { loop: { kind: 'x', kindVersion: 1, config: {}, run: { op: 'goto', outcome: 'next' }, next: { next: 'loop' } } } };
    const t = start(spin);
    expect(t.state.exit).toMatchObject({ reason: 'failed' });
    expect(t.state.visits.loop).toBe(MAX_INSTANT_TRANSITIONS);
  });
});
