import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { builtInRegistry } from '../nodes/index';
import { graph, smsWaitEmail, testAccount } from '../testing/graph-builder';
import type { CadenceIR } from './ir';
import { interpret, resume, startEnrollment, wakeAt } from './interpreter';
import type { CadenceCommand, CadenceInput, EnrollmentState } from './state';

const T0 = '2026-11-24T15:00:00.000Z';
const irOf = (g: unknown): CadenceIR => {
  const r = compile(g, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
};
const start = (ir: CadenceIR) => startEnrollment(ir, { enrollmentId: 'enr-1', account: testAccount(), at: T0 });
const nonLog = (cs: CadenceCommand[]) => cs.filter((c) => c.type !== 'log');
const logs = (cs: CadenceCommand[]) => cs.flatMap((c) => (c.type === 'log' ? [c.entry] : []));
const pause = (at: string, reason = 'incident on the SMS provider'): CadenceInput => ({ type: 'pause', at, by: 'sam@example.com', reason });
const resumeAt = (at: string): CadenceInput => ({ type: 'resume', at, by: 'sam@example.com', reason: 'provider fixed' });
const pay = (amountCents: number, at: string): CadenceInput => ({
  type: 'accountEvent',
  at,
  event: { type: 'payment', eventId: 'pay-1', occurredAt: at, amountCents },
});

describe('pausing an enrollment', () => {
  const ir = irOf(smsWaitEmail().build());
  // Sent the SMS at T0; now waiting three days, until 2026-11-27T15:00Z.
  const waiting = (): EnrollmentState =>
    interpret(ir, start(ir).state, { type: 'activityResult', at: T0, commandId: 'sms#1', result: { outcome: 'next' } }).state;

  it('records who paused it and why, and stops waking on time', () => {
    const t = interpret(ir, waiting(), pause('2026-11-25T00:00:00.000Z'));
    expect(nonLog(t.commands)).toEqual([]);
    expect(logs(t.commands)).toEqual([
      expect.objectContaining({ type: 'paused', stepId: 'wait', detail: { by: 'sam@example.com', reason: 'incident on the SMS provider' } }),
    ]);
    expect(t.state.paused).toMatchObject({ at: '2026-11-25T00:00:00.000Z', by: 'sam@example.com' });
    expect(wakeAt(t.state)).toBeNull();
    expect(resume(ir, t.state)).toEqual([]);
  });

  it('sends nothing when the wait ends during the pause, and sends at resume', () => {
    const paused = interpret(ir, waiting(), pause('2026-11-25T00:00:00.000Z')).state;
    const lateTimer = interpret(ir, paused, { type: 'timer', at: '2026-11-28T00:00:00.000Z' });
    expect(lateTimer.commands).toEqual([]);
    const resumed = interpret(ir, lateTimer.state, resumeAt('2026-12-01T09:00:00.000Z'));
    expect(resumed.state.paused).toBeNull();
    expect(logs(resumed.commands)[0]).toMatchObject({ type: 'resumed', detail: { by: 'sam@example.com', pausedAt: '2026-11-25T00:00:00.000Z' } });
    expect(nonLog(resumed.commands)).toEqual([expect.objectContaining({ type: 'runActivity', stepId: 'email' })]);
    expect(logs(resumed.commands).find((e) => e.type === 'entered')).toMatchObject({ stepId: 'email', at: '2026-12-01T09:00:00.000Z' });
  });

  it('keeps a wait that has not ended yet at its own end', () => {
    const paused = interpret(ir, waiting(), pause('2026-11-25T00:00:00.000Z')).state;
    const resumed = interpret(ir, paused, resumeAt('2026-11-26T00:00:00.000Z'));
    expect(nonLog(resumed.commands)).toEqual([{ type: 'waitUntil', until: '2026-11-27T15:00:00.000Z' }]);
    expect(wakeAt(resumed.state)).toBe('2026-11-27T15:00:00.000Z');
  });

  it('holds back a send that comes due while paused and asks for it again at resume, with the same idempotency key', () => {
    const atSms = start(ir).state; // waiting on the SMS activity
    const paused = interpret(ir, atSms, pause(T0));
    expect(nonLog(paused.commands)).toEqual([]);
    const resumed = interpret(ir, paused.state, resumeAt('2026-11-24T16:00:00.000Z'));
    expect(nonLog(resumed.commands)).toEqual([
      expect.objectContaining({ type: 'runActivity', commandId: 'sms#1', input: expect.objectContaining({ idempotencyKey: 'enr-1:sms:1' }) }),
    ]);
  });

  it('keeps account events for the resume, so a payment during the pause ends it then, before any send', () => {
    const paused = interpret(ir, waiting(), pause('2026-11-25T00:00:00.000Z')).state;
    const held = interpret(ir, paused, pay(12_345, '2026-11-26T00:00:00.000Z'));
    expect(held.commands).toEqual([]);
    expect(held.state.status).toBe('active');
    // The wait ended during the pause too: the payment comes first, so the email is never asked for.
    const resumed = interpret(ir, held.state, resumeAt('2026-11-30T00:00:00.000Z'));
    expect(nonLog(resumed.commands)).toEqual([{ type: 'finish', reason: 'paid' }]);
    expect(resumed.state.account.balanceCents).toBe(0);
  });

  it('treats a second pause, or a resume of a running enrollment, as nothing', () => {
    const paused = interpret(ir, waiting(), pause('2026-11-25T00:00:00.000Z')).state;
    const again = interpret(ir, paused, pause('2026-11-26T00:00:00.000Z', 'again'));
    expect(again.commands).toEqual([]);
    expect(again.state.paused).toMatchObject({ at: '2026-11-25T00:00:00.000Z', reason: 'incident on the SMS provider' });
    expect(interpret(ir, waiting(), resumeAt('2026-11-26T00:00:00.000Z')).commands).toEqual([]);
  });
});

describe('pausing a wait for the account holder', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry', { exitOn: ['paid'] })
      .node('listen', 'wait-for-event', { events: ['paid'], timeout: { days: 5 } })
      .node('exit-paid', 'exit', { reason: 'paid' })
      .node('exit-timeout', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'listen')
      .edge('listen', 'paid', 'exit-paid')
      .edge('listen', 'timeout', 'exit-timeout')
      .build(),
  );

  it('extends the timeout by the length of the pause', () => {
    const s = start(ir).state; // times out at 2026-11-29T15:00Z
    const paused = interpret(ir, s, pause('2026-11-25T15:00:00.000Z')).state;
    const resumed = interpret(ir, paused, resumeAt('2026-11-27T15:00:00.000Z')); // paused for two days
    expect(nonLog(resumed.commands)).toEqual([{ type: 'waitForEvent', signals: ['paid'], until: '2026-12-01T15:00:00.000Z' }]);
    expect(wakeAt(resumed.state)).toBe('2026-12-01T15:00:00.000Z');
    const early = interpret(ir, resumed.state, { type: 'timer', at: '2026-11-29T15:00:00.000Z' });
    expect(early.state.status).toBe('active');
  });
});

describe('stopping an enrollment', () => {
  const ir = irOf(smsWaitEmail().build());

  it('ends it at once as stopped, saying who stopped it and why', () => {
    const t = interpret(ir, start(ir).state, { type: 'stop', at: T0, by: 'sam@example.com', reason: 'customer asked by phone' });
    expect(nonLog(t.commands)).toEqual([{ type: 'finish', reason: 'stopped' }]);
    expect(t.state).toMatchObject({ status: 'finished', waiting: null, exit: { reason: 'stopped', stepId: 'sms' } });
    expect(logs(t.commands).at(-1)).toMatchObject({ type: 'finished', outcome: 'stopped', detail: { by: 'sam@example.com', reason: 'customer asked by phone' } });
  });

  it('stops a paused enrollment too', () => {
    const paused = interpret(ir, start(ir).state, pause(T0)).state;
    const t = interpret(ir, paused, { type: 'stop', at: T0, by: 'sam@example.com', reason: 'closed' });
    expect(t.state).toMatchObject({ status: 'finished', exit: { reason: 'stopped' } });
  });
});
