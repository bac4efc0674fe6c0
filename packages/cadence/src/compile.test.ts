import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compile } from './compile';
import { defineNode } from './define-node';
import { builtInRegistry } from './nodes/index';
import { smsWaitEmail } from './testing/graph-builder';
import threeReminders from '../examples/three-reminders.json' with { type: 'json' };
import promiseFollowUp from '../examples/promise-follow-up.json' with { type: 'json' };

const ok = (g: unknown, registry = builtInRegistry) => {
  const r = compile(g, registry);
  if (!r.ok) throw new Error(`expected the graph to compile: ${JSON.stringify(r.issues)}`);
  return r;
};

describe('compile', () => {
  it('lowers each node to a primitive step wired by outcome', () => {
    const { ir } = ok(smsWaitEmail().build());
    expect(ir.format).toBe('kairos.cadence-ir/1');
    expect(ir.entry).toBe('start');
    expect(ir.interrupts).toEqual({ paid: 'paid' });
    expect(ir.nodeKinds).toEqual({ entry: 2, 'send-message': 1, wait: 1, exit: 1 });
    expect(ir.steps.start).toMatchObject({ kind: 'entry', run: { op: 'goto', outcome: 'next' }, next: { next: 'sms' } });
    expect(ir.steps.sms!.run).toEqual({
      op: 'activity',
      activity: 'sendMessage',
      input: { channel: 'sms', body: 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. Reply STOP to opt out.', undeliveredOutcome: 'next' },
      outcomes: ['next'],
    });
    expect(ir.steps.wait!.run).toEqual({ op: 'wait', until: { after: { days: 3, hours: 0, minutes: 0 } }, outcome: 'next' });
    expect(ir.steps.done).toMatchObject({ run: { op: 'finish', reason: 'exhausted' }, next: {} });
  });

  it('gives the same graph the same hash, whatever the key order or node positions', () => {
    const a = smsWaitEmail().build();
    const b = structuredClone(a);
    b.nodes.forEach((n, i) => (n.position = { x: i * 17, y: -i }));
    b.nodes.reverse();
    b.edges.reverse();
    b.nodes[0]!.data = { ...b.nodes[0]!.data, config: Object.fromEntries(Object.entries(b.nodes[0]!.data!.config!).reverse()) };
    expect(ok(b).ir.hash).toBe(ok(a).ir.hash);
    expect(ok(a).ir.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the hash when anything a run depends on changes', () => {
    const base = ok(smsWaitEmail().build()).ir.hash;
    const longerWait = smsWaitEmail().build();
    longerWait.nodes[2]!.data!.config = { mode: 'duration', duration: { days: 4 } };
    const relabelled = smsWaitEmail().build();
    relabelled.nodes[1]!.data!.label = 'Friendly SMS';
    expect(ok(longerWait).ir.hash).not.toBe(base);
    expect(ok(relabelled).ir.hash).not.toBe(base);
  });

  it('fills config defaults before hashing, so an omitted default and a written one are the same cadence', () => {
    const written = smsWaitEmail().build();
    written.nodes[2]!.data!.config = { mode: 'duration', duration: { days: 3, hours: 0, minutes: 0 } };
    expect(ok(written).ir.hash).toBe(ok(smsWaitEmail().build()).ir.hash);
  });

  it('returns the issues instead of an IR when the graph has errors', () => {
    const g = smsWaitEmail().build();
    g.edges.pop();
    const r = compile(g, builtInRegistry);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['unwired-outcome', 'unreachable']);
  });

  it('compiles with warnings and hands them back', () => {
    const g = smsWaitEmail().build();
    g.nodes[0]!.data!.config = { exitOn: ['dispute'] };
    const r = ok(g);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-exit-on-payment']);
    expect(r.ir.interrupts).toEqual({ dispute: 'dispute' });
  });

  it('compiles the example cadences shipped with the package', () => {
    expect(ok(threeReminders).ir.steps['wait-7d']!.run).toMatchObject({ op: 'wait' });
    expect(ok(promiseFollowUp).ir.steps['listen']!.run).toMatchObject({
      op: 'waitForEvent',
      on: { paid: 'paid', promise: 'promise' },
      timeoutOutcome: 'timeout',
    });
  });

  it('migrates a config stored with an older kind version before compiling it', () => {
    // v1 stored `minutes`; v2 stores `seconds`.
    const v2 = defineNode({
      kind: 'test/pause',
      version: 2,
      title: 'Pause',
      category: 'timing',
      description: 'pauses',
      config: z.object({ seconds: z.number().int().positive() }),
      defaults: { seconds: 60 },
      outcomes: [{ id: 'next', label: 'Then' }],
      migrations: { 1: (c) => ({ seconds: Number(c.minutes) * 60 }) },
      summary: () => 'A test kind',
      compile: (c) => ({ op: 'wait', until: { after: { minutes: c.seconds / 60 } }, outcome: 'next' }),
    });
    const g = smsWaitEmail().build();
    g.nodes[2] = { id: 'wait', type: 'test/pause', position: { x: 0, y: 0 }, data: { configVersion: 1, config: { minutes: 90 } } };
    const { ir } = ok(g, builtInRegistry.with(v2));
    expect(ir.steps.wait).toMatchObject({ kind: 'test/pause', kindVersion: 2, config: { seconds: 5400 } });
    expect(ir.nodeKinds['test/pause']).toBe(2);
  });

  it('names the missing migration when an old config cannot be brought up to date', () => {
    const v3 = defineNode({
      kind: 'test/pause',
      version: 3,
      title: 'Pause',
      category: 'timing',
      description: 'pauses',
      config: z.object({ seconds: z.number() }),
      defaults: { seconds: 60 },
      outcomes: [{ id: 'next', label: 'Then' }],
      migrations: { 1: (c) => c },
      summary: () => 'A test kind',
      compile: () => ({ op: 'wait', until: { after: { minutes: 1 } }, outcome: 'next' }),
    });
    const g = smsWaitEmail().build();
    g.nodes[2] = { id: 'wait', type: 'test/pause', position: { x: 0, y: 0 }, data: { configVersion: 1, config: {} } };
    const r = compile(g, builtInRegistry.with(v3));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toContainEqual(
        expect.objectContaining({ code: 'config-version', nodeId: 'wait', message: 'test/pause has no migration from config v2 to v3' }),
      );
    }
  });
});
