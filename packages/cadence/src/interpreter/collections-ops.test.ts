// Interpreter semantics of the collections primitives: A/B split, promise follow-up, capped repeats,
// local-time windows, account updates from activities and the newer account signals.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { builtInRegistry } from '../nodes/index';
import { graph, testAccount } from '../testing/graph-builder';
import { assignmentBucket, chooseArm } from './assignment';
import type { CadenceIR } from './ir';
import { interpret, startEnrollment, wakeAt } from './interpreter';
import type { CadenceInput } from './state';

const irOf = (g: unknown): CadenceIR => {
  const r = compile(g, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
};
const T0 = '2026-11-24T15:00:00.000Z'; // Tuesday 10:00 in New York
const event = (e: Record<string, unknown> & { type: string }, at = '2026-11-25T12:00:00.000Z'): CadenceInput =>
  ({ type: 'accountEvent', at, event: { eventId: `ev-${Math.abs(JSON.stringify(e).length * 7919 + at.length)}-${e.type}-${at}`, occurredAt: at, ...e } }) as CadenceInput;

describe('A/B split', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry')
      .node('split', 'ab-split', { experimentId: 'tone', arms: [{ key: 'A', label: 'Friendly', weight: 45 }, { key: 'B', label: 'Firm', weight: 45 }], controlPercent: 10 })
      .node('a', 'exit', { reason: 'completed' })
      .node('b', 'exit', { reason: 'completed' })
      .node('control', 'exit', { reason: 'completed' })
      .edge('start', 'next', 'split')
      .edge('split', 'variant:A', 'a')
      .edge('split', 'variant:B', 'b')
      .edge('split', 'control', 'control')
      .build(),
  );
  const run = (accountId: string, enrollmentId = 'e-1') => startEnrollment(ir, { enrollmentId, account: testAccount({ id: accountId }), at: T0 });

  it('puts an account in the same arm every time, whatever the enrollment', () => {
    for (const id of ['ACC-1', 'ACC-2', 'ACC-3', 'ACC-4']) {
      expect(run(id, 'first').state.exit!.stepId).toBe(run(id, 'second').state.exit!.stepId);
    }
  });

  it('records the assignment on the timeline and in the state, for attribution', () => {
    const t = run('ACC-7');
    const assigned = t.commands.find((c) => c.type === 'log' && c.entry.type === 'assigned');
    expect(assigned).toMatchObject({ entry: { stepId: 'split', detail: { experimentId: 'tone', bucket: assignmentBucket('ACC-7', 'tone') } } });
    expect(t.state.experiments).toEqual({ tone: (assigned as { entry: { outcome: string } }).entry.outcome });
  });

  it('keeps an arm recorded in the state (a resumed run) rather than recomputing it', () => {
    const later = irOf({
      ...graph().build(),
      nodes: [
        { id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: {} } },
        { id: 'pause', type: 'wait', position: { x: 0, y: 0 }, data: { config: { mode: 'duration', duration: { days: 1 } } } },
        { id: 'split', type: 'ab-split', position: { x: 0, y: 0 }, data: { config: { experimentId: 'tone', arms: [{ key: 'A', label: 'Friendly', weight: 50 }, { key: 'B', label: 'Firm', weight: 50 }] } } },
        { id: 'a', type: 'exit', position: { x: 0, y: 0 }, data: { config: { reason: 'completed' } } },
        { id: 'b', type: 'exit', position: { x: 0, y: 0 }, data: { config: { reason: 'completed' } } },
      ],
      edges: [
        { id: '1', source: 'start', sourceHandle: 'next', target: 'pause' },
        { id: '2', source: 'pause', sourceHandle: 'next', target: 'split' },
        { id: '3', source: 'split', sourceHandle: 'variant:A', target: 'a' },
        { id: '4', source: 'split', sourceHandle: 'variant:B', target: 'b' },
      ],
    });
    const waiting = startEnrollment(later, { enrollmentId: 'x', account: testAccount({ id: 'ACC-1' }), at: T0 }).state;
    const hashed = chooseArm([{ o: 'variant:A', weight: 50 }, { o: 'variant:B', weight: 50 }], assignmentBucket('ACC-1', 'tone')).o;
    const other = hashed === 'variant:A' ? 'variant:B' : 'variant:A';
    const t = interpret(later, { ...waiting, experiments: { tone: other } }, { type: 'timer', at: wakeAt(waiting)! });
    expect(t.state.exit!.stepId).toBe(other === 'variant:A' ? 'a' : 'b');
    expect(t.commands.some((c) => c.type === 'log' && c.entry.type === 'assigned')).toBe(false);
  });

  it('fills arms in proportion to their weights over many accounts', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 20_000; i++) {
      const arm = chooseArm([{ k: 'A', weight: 45 }, { k: 'B', weight: 45 }, { k: 'C', weight: 10 }], assignmentBucket(`ACC-${i}`, 'tone')).k;
      counts[arm] = (counts[arm] ?? 0) + 1;
    }
    // 20,000 draws: a 3-sigma band is about ±1.1 points around 45% and ±0.65 around 10%.
    expect(counts.A! / 20_000).toBeGreaterThan(0.439);
    expect(counts.A! / 20_000).toBeLessThan(0.461);
    expect(counts.C! / 20_000).toBeGreaterThan(0.0935);
    expect(counts.C! / 20_000).toBeLessThan(0.1065);
  });

  it('assigns independently across experiments', () => {
    let same = 0;
    for (let i = 0; i < 10_000; i++) if (assignmentBucket(`A${i}`, 'x') % 2 === assignmentBucket(`A${i}`, 'y') % 2) same++;
    expect(same / 10_000).toBeGreaterThan(0.47);
    expect(same / 10_000).toBeLessThan(0.53);
  });
});

describe('promise follow-up', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry', { exitOn: ['paid'] })
      .node('listen', 'wait-for-event', { events: ['promise'], timeout: { days: 3 } })
      .node('follow', 'wait-for-promise', { graceDays: 1 })
      .node('kept', 'exit', { reason: 'paid' })
      .node('broken', 'exit', { reason: 'exhausted' })
      .node('none', 'exit', { reason: 'completed' })
      .edge('start', 'next', 'listen')
      .edge('listen', 'promise', 'follow')
      .edge('listen', 'timeout', 'none')
      .edge('follow', 'kept', 'kept')
      .edge('follow', 'broken', 'broken')
      .edge('follow', 'none', 'none')
      .build(),
  );
  const promised = () => {
    const s = startEnrollment(ir, { enrollmentId: 'p', account: testAccount({ balanceCents: 30_000 }), at: T0 }).state;
    return interpret(ir, s, event({ type: 'promise', amountCents: 10_000, promisedDate: '2026-12-01' }));
  };

  it('waits until the end of the promised date plus grace, in the account\'s zone', () => {
    const t = promised();
    expect(t.state.waiting).toMatchObject({ type: 'promise', stepId: 'follow' });
    // End of 2026-12-02 in New York (EST) = 2026-12-03T04:59:59.999Z
    expect(wakeAt(t.state)).toBe('2026-12-03T04:59:59.999Z');
    expect(t.state.promise).toEqual(expect.objectContaining({ amountCents: 10_000, promisedDate: '2026-12-01', paidCents: 0 }));
  });

  it('is kept once payments reach the promised amount, even in parts', () => {
    let t = promised();
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 4_000 }, '2026-11-28T12:00:00.000Z'));
    expect(t.state).toMatchObject({ status: 'active', stepId: 'follow' });
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 6_000 }, '2026-11-30T12:00:00.000Z'));
    expect(t.state.exit).toMatchObject({ stepId: 'kept' });
    expect(t.state.account.balanceCents).toBe(20_000);
  });

  it('is broken when the deadline passes without the promised amount', () => {
    let t = promised();
    t = interpret(ir, t.state, event({ type: 'payment', amountCents: 1_000 }, '2026-11-28T12:00:00.000Z'));
    t = interpret(ir, t.state, { type: 'timer', at: '2026-12-03T04:59:59.999Z' });
    expect(t.state.exit).toMatchObject({ stepId: 'broken' });
  });

  it('moves the deadline when the account holder promises a new date', () => {
    let t = promised();
    t = interpret(ir, t.state, event({ type: 'promise', amountCents: 8_000, promisedDate: '2026-12-10' }, '2026-11-29T12:00:00.000Z'));
    expect(wakeAt(t.state)).toBe('2026-12-12T04:59:59.999Z');
    expect(t.state.promise).toMatchObject({ amountCents: 8_000, paidCents: 0 });
  });

  it('takes "none" when no promise is on file', () => {
    const direct = irOf(
      graph()
        .node('start', 'entry')
        .node('follow', 'wait-for-promise', {})
        .node('kept', 'exit', { reason: 'paid' })
        .node('broken', 'exit', { reason: 'exhausted' })
        .node('none', 'exit', { reason: 'completed' })
        .edge('start', 'next', 'follow')
        .edge('follow', 'kept', 'kept')
        .edge('follow', 'broken', 'broken')
        .edge('follow', 'none', 'none')
        .build(),
    );
    expect(startEnrollment(direct, { enrollmentId: 'n', account: testAccount(), at: T0 }).state.exit).toMatchObject({ stepId: 'none' });
  });
});

describe('repeat with a cap', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry')
      .node('sms', 'send-message', { channel: 'sms', body: 'Reminder. Reply STOP to opt out.' })
      .node('pause', 'wait', { mode: 'duration', duration: { days: 2 } })
      .node('again', 'repeat', { times: 2 })
      .node('done', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'sms')
      .edge('sms', 'next', 'pause')
      .edge('pause', 'next', 'again')
      .edge('again', 'again', 'sms')
      .edge('again', 'done', 'done')
      .build(),
  );

  it('goes round the loop the capped number of extra times, each send with its own idempotency key', () => {
    let t = startEnrollment(ir, { enrollmentId: 'r', account: testAccount(), at: T0 });
    const keys: string[] = [];
    let at = Date.parse(T0);
    for (let i = 0; i < 10 && t.state.status === 'active'; i++) {
      const w = t.state.waiting!;
      if (w.type === 'activity') {
        const cmd = t.commands.find((c) => c.type === 'runActivity');
        if (cmd?.type === 'runActivity') keys.push(cmd.input.idempotencyKey);
        t = interpret(ir, t.state, { type: 'activityResult', at: new Date(at).toISOString(), commandId: w.commandId, result: { outcome: 'next' } });
      } else {
        at = Date.parse(wakeAt(t.state)!);
        t = interpret(ir, t.state, { type: 'timer', at: new Date(at).toISOString() });
      }
    }
    expect(keys).toEqual(['r:sms:1', 'r:sms:2', 'r:sms:3']);
    expect(t.state.exit).toMatchObject({ reason: 'exhausted', stepId: 'done' });
  });
});

describe('waiting for a local-time window', () => {
  const ir = irOf(
    graph()
      .node('start', 'entry')
      .node('window', 'wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '17:00' })
      .node('done', 'exit', { reason: 'completed' })
      .edge('start', 'next', 'window')
      .edge('window', 'next', 'done')
      .build(),
  );
  const at = (iso: string, timezone = 'America/New_York') => startEnrollment(ir, { enrollmentId: 'w', account: testAccount({ timezone }), at: iso });

  it('goes on at once inside the window', () => {
    expect(at('2026-11-24T16:00:00.000Z').state.status).toBe('finished'); // Tue 11:00 NY
  });

  it('waits until the window opens later the same day', () => {
    expect(wakeAt(at('2026-11-24T13:00:00.000Z').state)).toBe('2026-11-24T15:00:00.000Z'); // Tue 08:00 → 10:00 NY
  });

  it('skips the weekend: Friday evening waits for Monday 10:00', () => {
    expect(wakeAt(at('2026-11-27T23:00:00.000Z').state)).toBe('2026-11-30T15:00:00.000Z'); // Fri 18:00 NY → Mon 10:00
  });

  it('reads the window in the account\'s zone', () => {
    expect(wakeAt(at('2026-11-24T20:00:00.000Z', 'Asia/Kolkata').state)).toBe('2026-11-25T04:30:00.000Z'); // Wed 01:30 IST → Wed 10:00 IST
  });
});

describe('activities and account signals', () => {
  it('takes the account as an activity left it (an extension moved the due date)', () => {
    const ir = irOf(
      graph()
        .node('start', 'entry')
        .node('extend', 'deadline-extension', { days: 14 })
        .node('pre', 'wait', { mode: 'dueDate', offsetDays: -1, localTime: '10:00' })
        .node('done', 'exit', { reason: 'completed' })
        .edge('start', 'next', 'extend')
        .edge('extend', 'next', 'pre')
        .edge('pre', 'next', 'done')
        .build(),
    );
    const s = startEnrollment(ir, { enrollmentId: 'x', account: testAccount({ dueDate: '2026-11-20' }), at: T0 }).state;
    const t = interpret(ir, s, {
      type: 'activityResult',
      at: T0,
      commandId: 'extend#1',
      result: { outcome: 'next', account: testAccount({ dueDate: '2026-12-04' }) },
    });
    expect(t.state.account.dueDate).toBe('2026-12-04');
    expect(wakeAt(t.state)).toBe('2026-12-03T15:00:00.000Z');
  });

  it('routes failed payments, replies and resolved disputes to the outcomes waiting for them', () => {
    const ir = irOf(
      graph()
        .node('start', 'entry')
        .node('listen', 'wait-for-event', { events: ['payment_failed', 'reply', 'dispute_resolved', 'plan_accepted'], timeout: { days: 5 } })
        .node('e1', 'exit', { reason: 'completed' })
        .node('e2', 'exit', { reason: 'completed' })
        .node('e3', 'exit', { reason: 'completed' })
        .node('e4', 'exit', { reason: 'plan' })
        .node('e5', 'exit', { reason: 'exhausted' })
        .edge('start', 'next', 'listen')
        .edge('listen', 'payment_failed', 'e1')
        .edge('listen', 'reply', 'e2')
        .edge('listen', 'dispute_resolved', 'e3')
        .edge('listen', 'plan_accepted', 'e4')
        .edge('listen', 'timeout', 'e5')
        .build(),
    );
    const s = startEnrollment(ir, { enrollmentId: 'x', account: testAccount(), at: T0 }).state;
    const outcome = (e: Record<string, unknown> & { type: string }) => interpret(ir, s, event(e)).state.exit?.stepId;
    expect(outcome({ type: 'payment_failed', amountCents: 5_000, reason: 'card declined' })).toBe('e1');
    expect(outcome({ type: 'reply', channel: 'sms', text: 'can I pay next week?' })).toBe('e2');
    expect(outcome({ type: 'dispute_resolved', resolution: 'verified' })).toBe('e3');
    expect(outcome({ type: 'plan_accepted', planId: 'plan-1', installments: 6 })).toBe('e4');
    const failed = interpret(ir, s, event({ type: 'payment_failed', amountCents: 5_000 }));
    expect(failed.state.account.balanceCents).toBe(s.account.balanceCents);
  });
});
