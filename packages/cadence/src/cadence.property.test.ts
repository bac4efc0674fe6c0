import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { builtInRegistry } from './nodes/index';
import { interpret, startEnrollment, wakeAt } from './interpreter/interpreter';
import type { CadenceInput, EnrollmentState } from './interpreter/state';
import { arbitraryGraphLike, validCadenceGraph } from './testing/random-cadence';
import { testAccount } from './testing/graph-builder';

describe('compile never crashes', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = compile(value, builtInRegistry);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on graph-shaped input with random kinds, configs and wiring, and places every error', () => {
    fc.assert(
      fc.property(arbitraryGraphLike, (g) => {
        const r = compile(g, builtInRegistry);
        const issues = r.ok ? r.warnings : r.issues;
        const nodeIds = new Set<string>(g.nodes.map((n) => n.id));
        const edgeIds = new Set<string>(g.edges.map((e) => e.id));
        for (const i of issues) {
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.code).toMatch(/^[a-z-]+$/);
          if (i.nodeId !== undefined) expect(nodeIds.has(i.nodeId)).toBe(true);
          if (i.edgeId !== undefined) expect(edgeIds.has(i.edgeId)).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('a valid cadence', () => {
  const inputs = fc.array(fc.record({ kind: fc.nat({ max: 9 }), n: fc.nat({ max: 100_000 }) }), { minLength: 1, maxLength: 40 });
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'UTC'];

  it('compiles, and every interpreter run either finishes or waits for something after each input', () => {
    fc.assert(
      fc.property(validCadenceGraph, inputs, fc.constantFrom(...zones), fc.nat({ max: 90 }), (g, script, timezone, dueIn) => {
        const r = compile(g, builtInRegistry);
        if (!r.ok) throw new Error(`generated graph does not compile: ${JSON.stringify(r.issues)}`);
        const ir = r.ir;
        let at = Date.parse('2026-11-01T12:00:00Z');
        const iso = () => new Date(at).toISOString();
        const account = testAccount({ timezone, dueDate: `2026-11-${String(1 + (dueIn % 28)).padStart(2, '0')}`, balanceCents: 50_000 });
        let t = startEnrollment(ir, { enrollmentId: 'p-1', account, at: iso() });
        const settled = (s: EnrollmentState) => {
          expect(s.exit?.reason).not.toBe('failed');
          if (s.status === 'finished') expect(s.waiting).toBeNull();
          else expect(s.waiting).not.toBeNull();
        };
        settled(t.state);
        for (const [i, step] of script.entries()) {
          if (t.state.status === 'finished') break;
          const s = t.state;
          const w = s.waiting!;
          let input: CadenceInput;
          if (w.type === 'activity' && step.kind < 7) {
            const retry = step.kind === 0;
            at += 1_000;
            const run = ir.steps[w.stepId]!.run;
            const outcomes = run.op === 'activity' ? run.outcomes : ['next'];
            input = {
              type: 'activityResult',
              at: iso(),
              commandId: w.commandId,
              result: retry ? { retryAt: new Date(at + 3_600_000).toISOString(), reason: 'quiet hours' } : { outcome: outcomes[step.n % outcomes.length]! },
            };
          } else if (step.kind < 7 && wakeAt(s)) {
            at = Math.max(at, Date.parse(wakeAt(s)!));
            input = { type: 'timer', at: iso() };
          } else {
            at += step.n * 1_000;
            const occurredAt = iso();
            const eventId = `ev-${i}`;
            input =
              step.kind === 7 ? { type: 'accountEvent', at: iso(), event: { type: 'payment', eventId, occurredAt, amountCents: 1 + step.n * 2 } }
              : step.kind === 8 ? { type: 'accountEvent', at: iso(), event: { type: 'promise', eventId, occurredAt, amountCents: 5_000, promisedDate: '2026-12-20' } }
              : { type: 'accountEvent', at: iso(), event: { type: 'dispute', eventId, occurredAt } };
          }
          t = interpret(ir, s, input);
          settled(t.state);
          for (const c of t.commands) if (c.type === 'waitUntil' || c.type === 'waitForEvent') expect(Date.parse(c.until)).toBeGreaterThan(at - 1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('compiles to the same hash every time', () => {
    fc.assert(
      fc.property(validCadenceGraph, (g) => {
        const a = compile(g, builtInRegistry);
        const b = compile(structuredClone(g), builtInRegistry);
        expect(a.ok && b.ok && a.ir.hash === b.ir.hash).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
