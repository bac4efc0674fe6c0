import type { CompiledStep } from './define-node';
import { analyzeGraph } from './graph-analysis';
import { contentHash } from './hash';
import { IR_FORMAT, type CadenceIR, type IRStep } from './interpreter/ir';
import { hasErrors, type CadenceIssue } from './issues';
import type { NodeRegistry } from './registry';
import { validateAnalysis } from './validate';

export type CompileResult =
  | { ok: true; ir: CadenceIR; warnings: CadenceIssue[] }
  | { ok: false; issues: CadenceIssue[] };

/** Validate a graph and lower it to a content-hashed CadenceIR. Same graph, same hash; positions never count. */
export function compile(graph: unknown, registry: NodeRegistry): CompileResult {
  const a = validateAnalysis(analyzeGraph(graph, registry));
  if (hasErrors(a.issues) || !a.entryId) return { ok: false, issues: a.issues };

  const steps: Record<string, IRStep> = {};
  const nodeKinds: Record<string, number> = {};
  let interrupts: CompiledStep['interrupts'] = {};
  let trigger: CompiledStep['trigger'];
  for (const node of a.nodes.values()) {
    const next: Record<string, string> = {};
    for (const [outcome, edge] of a.wiring.get(node.id) ?? []) next[outcome] = edge.target;
    steps[node.id] = {
      kind: node.kind.kind,
      kindVersion: node.kind.version,
      ...(node.label !== undefined ? { label: node.label } : {}),
      config: node.config,
      run: node.compiled.run,
      next,
    };
    nodeKinds[node.kind.kind] = node.kind.version;
    if (node.id === a.entryId) {
      interrupts = node.compiled.interrupts ?? {};
      trigger = node.compiled.trigger;
    }
  }
  const body = { format: IR_FORMAT, entry: a.entryId, interrupts, ...(trigger ? { trigger } : {}), nodeKinds, steps };
  const ir: CadenceIR = { ...body, hash: contentHash(body) };
  return { ok: true, ir, warnings: a.issues };
}
