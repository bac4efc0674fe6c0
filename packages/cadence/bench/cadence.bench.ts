// Figures for the pure core: compile time of a large graph and interpreter throughput.
import { compile } from '../src/compile';
import { builtInRegistry } from '../src/nodes/index';
import { interpret, startEnrollment } from '../src/interpreter/index';
import type { CadenceCommand, EnrollmentState } from '../src/interpreter/index';
import { generateCadenceGraph } from './generated-graph';
import { generatePortfolio, sandboxActivityResult, simulatePortfolio } from '../src/simulation/index';
import { starterCadences } from '../src/starter-cadences/index';

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

/** The four-tier starter cadence over a generated portfolio in the simulator: interpreter inputs per second. */
export function benchFourTierSimulation(accounts = 2_000): Figure {
  const starter = starterCadences().find((s) => s.id === 'four-tier-collections')!;
  const r = compile(starter.graph, builtInRegistry);
  if (!r.ok) throw new Error('four-tier starter cadence does not compile');
  const portfolio = generatePortfolio({ size: accounts, dueDateSpreadDays: -30, asOf: '2026-11-01' }, 3);
  const script = portfolio
    .filter((_, i) => i % 4 === 0)
    .map((a, i) => ({ accountId: a.id, at: new Date(Date.parse(`${a.dueDate}T15:00:00Z`) + (i % 50) * 86_400_000).toISOString(), event: { type: 'payment' as const, eventId: `p-${a.id}`, occurredAt: a.dueDate, amountCents: a.balanceCents } }));
  const t0 = performance.now();
  const runs = simulatePortfolio({
    ir: r.ir,
    accounts: portfolio,
    script,
    startAt: '2026-10-01T00:00:00.000Z',
    horizonDays: 150,
    activity: (input, account) => sandboxActivityResult(input.activity, input, account) ?? { outcome: 'next' },
  });
  const seconds = (performance.now() - t0) / 1000;
  const steps = runs.reduce((n, x) => n + x.steps, 0);
  return {
    name: `four-tier cadence simulated: interpreter steps/s (${accounts} accounts, 150 days)`,
    value: steps / seconds,
    unit: 'steps/s',
    note: `${(accounts / seconds).toFixed(0)} account-runs/s, ${(steps / accounts).toFixed(1)} steps per account`,
  };
}
