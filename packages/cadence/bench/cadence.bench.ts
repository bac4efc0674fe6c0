// Figures for the pure core: compile time of a large graph and interpreter throughput.
import { compile } from '../src/compile';
import { builtInRegistry } from '../src/nodes/index';
import { interpret, startEnrollment } from '../src/interpreter/index';
import type { CadenceCommand, EnrollmentState } from '../src/interpreter/index';
import { generateCadenceGraph } from './generated-graph';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchCompile(nodes = 1_000, runs = 15): Figure {
  const graph = generateCadenceGraph(nodes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = compile(graph, builtInRegistry);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`generated graph does not compile: ${JSON.stringify(r.issues.slice(0, 3))}`);
  }
  return { name: `compile ${graph.nodes.length}-node graph (median of ${runs})`, value: median(times), unit: 'ms' };
}

/** Drive enrollments through the whole generated cadence: every input is one interpreter step. */
export function benchInterpreter(seconds = 2): Figure {
  const r = compile(generateCadenceGraph(200), builtInRegistry);
  if (!r.ok) throw new Error('generated graph does not compile');
  const account = {
    id: 'B-1', name: 'Bench Account', balanceCents: 75_000, currency: 'USD', dueDate: '2026-11-01',
    timezone: 'America/New_York', language: 'en', consents: {}, attributes: {},
  };
  let steps = 0;
  let at = Date.parse('2026-11-24T15:00:00Z');
  const iso = () => new Date(at).toISOString();
  const deadline = performance.now() + seconds * 1000;
  for (let e = 0; performance.now() < deadline; e++) {
    let { state, commands } = startEnrollment(r.ir, { enrollmentId: `en-${e}`, account, at: iso() });
    steps++;
    while (state.status === 'active') {
      const activity = commands.find((c): c is Extract<CadenceCommand, { type: 'runActivity' }> => c.type === 'runActivity');
      const s: EnrollmentState = state;
      if (activity) {
        ({ state, commands } = interpret(r.ir, s, { type: 'activityResult', at: iso(), commandId: activity.commandId, result: { outcome: 'next' } }));
      } else {
        at = Date.parse(s.waiting && 'until' in s.waiting ? s.waiting.until : iso()) + 1;
        ({ state, commands } = interpret(r.ir, s, { type: 'timer', at: iso() }));
      }
      steps++;
    }
  }
  return { name: 'interpreter steps/s (200-node cadence, full runs)', value: steps / seconds, unit: 'steps/s' };
}
