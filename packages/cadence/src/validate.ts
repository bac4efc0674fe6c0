import { analyzeGraph, type GraphAnalysis } from './graph-analysis';
import { stronglyConnected } from './graph-cycles';
import { issue, type CadenceIssue } from './issues';
import type { StepProgram } from './interpreter/ir';
import type { NodeRegistry } from './registry';

/**
 * Steps that always let time pass. A due-date wait (already past on the second lap), a window wait
 * (open now) or a promise check (none on file) can all go straight on, so they do not break a loop.
 */
const surelyWaits = (run: StepProgram): boolean =>
  (run.op === 'wait' && 'after' in run.until) || (run.op === 'waitForEvent' && 'after' in run.timeout);

function targetsOf(a: GraphAnalysis, id: string): string[] {
  return [...(a.wiring.get(id)?.values() ?? [])].map((e) => e.target);
}

function reachabilityIssues(a: GraphAnalysis): CadenceIssue[] {
  if (!a.graph || !a.entryId) return [];
  const seen = new Set<string>([a.entryId]);
  const queue = [a.entryId];
  while (queue.length) {
    for (const to of targetsOf(a, queue.shift()!)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return a.graph.nodes
    .filter((n) => !seen.has(n.id))
    .map((n) => issue('unreachable', 'no path from Entry reaches this node: connect it or delete it', { nodeId: n.id }));
}

/** A loop that never waits would contact or spin without end; every cycle must pass a Wait. */
function loopIssues(a: GraphAnalysis): CadenceIssue[] {
  const ids = [...a.nodes.keys()];
  const issues: CadenceIssue[] = [];
  for (const component of stronglyConnected(ids, (id) => targetsOf(a, id).filter((t) => a.nodes.has(t)))) {
    const first = component[0]!;
    const isLoop = component.length > 1 || targetsOf(a, first).includes(first);
    if (!isLoop) continue;
    const waits = component.some((id) => surelyWaits(a.nodes.get(id)!.compiled.run));
    if (waits) continue;
    const members = [...component].sort();
    issues.push(
      issue('loop-without-wait', `these steps loop without waiting: ${members.join(' → ')}; add a Wait for a duration (or a Wait for event) inside the loop`, {
        nodeId: members[0]!,
      }),
    );
  }
  return issues;
}

/** Everything wrong with a graph (errors block publishing; warnings do not), each placed at its node, edge or field. */
export function validate(graph: unknown, registry: NodeRegistry): CadenceIssue[] {
  return validateAnalysis(analyzeGraph(graph, registry)).issues;
}

export function validateAnalysis(a: GraphAnalysis): GraphAnalysis {
  return { ...a, issues: [...a.issues, ...reachabilityIssues(a), ...loopIssues(a)] };
}
