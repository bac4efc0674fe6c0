// Generators of cadence graphs for property tests: arbitrary junk, and valid cadences built so that
// every loop passes a wait (back edges only leave waiting steps).
import fc from 'fast-check';
import type { CadenceGraphInput } from '../graph';
import { builtInRegistry } from '../nodes/index';

type Node = CadenceGraphInput['nodes'][number];
type Edge = CadenceGraphInput['edges'][number];

const KINDS = [...builtInRegistry.list().map((k) => k.kind), 'acme/unknown'];

/** Graph-shaped input with random kinds, configs and wiring: mostly invalid, sometimes valid. */
export const arbitraryGraphLike = fc
  .record({
    nodes: fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', ''),
        type: fc.constantFrom(...KINDS),
        config: fc.oneof(
          fc.constant(undefined),
          fc.object({ maxDepth: 2 }),
          fc.constantFrom(...builtInRegistry.list().map((k) => k.defaults)),
        ),
        configVersion: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
      }),
      { maxLength: 7 },
    ),
    edges: fc.array(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
        source: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'zz'),
        sourceHandle: fc.constantFrom('next', 'paid', 'timeout', 'otherwise', 'high', 'promise', ''),
        target: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'zz'),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ nodes, edges }) => ({
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.type,
      position: { x: 0, y: 0 },
      data: { ...(n.config !== undefined ? { config: n.config } : {}), ...(n.configVersion !== undefined ? { configVersion: n.configVersion } : {}) },
    })),
    edges,
  }));

type BodyKind = 'sms' | 'email' | 'wait' | 'due' | 'window' | 'listen' | 'branch' | 'split' | 'promise' | 'repeat' | 'plan' | 'hold' | 'task';
const bodyKind = fc.constantFrom<BodyKind>('sms', 'email', 'wait', 'due', 'window', 'listen', 'branch', 'split', 'promise', 'repeat', 'plan', 'hold', 'task');
// Kinds that always let time pass: only these may lead back (see validate's loop rule).
const WAITING: ReadonlySet<BodyKind> = new Set(['wait', 'listen', 'hold']);
const EVENTS = ['paid', 'partial_payment', 'promise', 'dispute', 'payment_failed', 'dispute_resolved'] as const;
const REASONS = ['paid', 'promise', 'dispute', 'exhausted', 'escalated', 'completed'] as const;

function bodyNode(kind: BodyKind, id: string, pick: () => number): { node: Node; outcomes: string[] } {
  const node = (type: string, config: Record<string, unknown>): Node => ({ id, type, position: { x: 0, y: 0 }, data: { config } });
  switch (kind) {
    case 'sms':
      return { node: node('send-message', { channel: 'sms', body: 'Hi {{ account.firstName }}. Reply STOP to opt out.' }), outcomes: ['next'] };
    case 'email':
      return { node: node('send-message', { channel: 'email', subject: 'Due', body: 'Pay {{ account.amountDue }}' }), outcomes: ['next'] };
    case 'wait':
      return { node: node('wait', { mode: 'duration', duration: { days: pick() % 5, hours: 1 + (pick() % 23) } }), outcomes: ['next'] };
    case 'due':
      return { node: node('wait', { mode: 'dueDate', offsetDays: (pick() % 40) - 10, localTime: '10:00' }), outcomes: ['next'] };
    case 'listen': {
      const events = EVENTS.filter((_, i) => (pick() >> i) % 2 === 1);
      const chosen = events.length ? events : ['paid' as const];
      return { node: node('wait-for-event', { events: chosen, timeout: { days: 1 + (pick() % 7) } }), outcomes: [...chosen, 'timeout'] };
    }
    case 'window':
      return { node: node('wait', { mode: 'window', days: ['mon', 'wed', 'fri'], from: '09:00', to: '12:00' }), outcomes: ['next'] };
    case 'split':
      return {
        node: node('ab-split', { experimentId: `exp-${pick() % 3}`, arms: [{ key: 'A', label: 'A', weight: 60 }, { key: 'B', label: 'B', weight: 30 }], controlPercent: 10 }),
        outcomes: ['variant:A', 'variant:B', 'control'],
      };
    case 'promise':
      return { node: node('wait-for-promise', { graceDays: pick() % 3 }), outcomes: ['kept', 'broken', 'none'] };
    case 'repeat':
      return { node: node('repeat', { times: 1 + (pick() % 3) }), outcomes: ['again', 'done'] };
    case 'plan':
      return { node: node('payment-plan', { maxInstallments: 6, minInstallmentCents: 2_500 }), outcomes: ['offered', 'not_eligible'] };
    case 'hold':
      return { node: node('dispute-hold', { maxDays: 30 }), outcomes: ['resolved', 'timeout'] };
    case 'task':
      return { node: node('agent-task', { note: 'Call {{ account.firstName }}' }), outcomes: ['next'] };
    case 'branch': {
      const rules = Array.from({ length: 1 + (pick() % 3) }, (_, r) => ({
        outcome: `r${r}`,
        when: [{ field: pick() % 2 ? 'balanceCents' : 'dpd', operator: 'gte', value: pick() % 60_000 }],
      }));
      return { node: node('branch', { rules }), outcomes: [...rules.map((r) => r.outcome), 'otherwise'] };
    }
  }
}

/** A valid cadence: a chain of random steps whose other outcomes go forward, to an exit, or (from waits) back. */
export const validCadenceGraph = fc
  .record({
    kinds: fc.array(bodyKind, { maxLength: 12 }),
    exitOn: fc.subarray(['paid', 'promise', 'dispute'] as const),
    choices: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 64, maxLength: 64 }),
  })
  .map(({ kinds, exitOn, choices }): CadenceGraphInput => {
    let c = 0;
    const pick = () => choices[c++ % choices.length]! + c;
    const nodes: Node[] = [{ id: 'start', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn } } }];
    const edges: Edge[] = [];
    const exits = new Set<string>();
    const exitFor = (reason: string) => {
      const id = `exit-${reason}`;
      if (!exits.has(id)) {
        exits.add(id);
        nodes.push({ id, type: 'exit', position: { x: 0, y: 0 }, data: { config: { reason } } });
      }
      return id;
    };
    const body = kinds.map((k, i) => bodyNode(k, `s${i}`, pick));
    nodes.push(...body.map((b) => b.node));
    const wire = (source: string, sourceHandle: string, target: string) =>
      edges.push({ id: `${source}:${sourceHandle}`, source, sourceHandle, target });
    wire('start', 'next', body[0]?.node.id ?? exitFor('completed'));
    body.forEach((b, i) => {
      const [first, ...rest] = b.outcomes;
      wire(b.node.id, first!, body[i + 1]?.node.id ?? exitFor(REASONS[pick() % REASONS.length]!));
      for (const outcome of rest) {
        const r = pick() % 3;
        const forward = body.slice(i + 1);
        const back = WAITING.has(kinds[i]!) ? body.slice(0, i + 1) : [];
        const target =
          r === 0 && forward.length ? forward[pick() % forward.length]!.node.id
          : r === 1 && back.length ? back[pick() % back.length]!.node.id
          : exitFor(REASONS[pick() % REASONS.length]!);
        wire(b.node.id, outcome, target);
      }
    });
    return { nodes, edges };
  });
