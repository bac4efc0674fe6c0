import type { z } from 'zod';
import { migrateConfig, type CompiledStep, type ConfigObject, type NodeKind, type OutcomeSpec } from './define-node';
import { cadenceGraphSchema, type CadenceGraph, type GraphEdge } from './graph';
import { issue, type CadenceIssue } from './issues';
import type { NodeRegistry } from './registry';

/** A node whose kind is installed and whose config passed its schema. */
export interface ResolvedNode {
  id: string;
  kind: NodeKind;
  label?: string;
  config: ConfigObject;
  outcomes: OutcomeSpec[];
  compiled: CompiledStep;
}

export interface GraphAnalysis {
  issues: CadenceIssue[];
  graph?: CadenceGraph;
  nodes: Map<string, ResolvedNode>;
  /** Edges whose both ends and outcome are valid, by source node then outcome. */
  wiring: Map<string, Map<string, GraphEdge>>;
  entryId?: string;
}

const dotted = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('.');

function structureIssues(raw: unknown, error: z.ZodError): CadenceIssue[] {
  const rawObj = (raw ?? {}) as { nodes?: Array<{ id?: unknown }>; edges?: Array<{ id?: unknown }> };
  return error.issues.map((zi) => {
    const [list, index, ...rest] = zi.path;
    if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
      const id = rawObj[list]?.[index]?.id;
      const place = typeof id === 'string' ? (list === 'nodes' ? { nodeId: id } : { edgeId: id }) : {};
      const field = rest.length ? dotted(rest) : undefined;
      const where = typeof id === 'string' ? '' : ` (${list}[${index}])`;
      return issue('invalid-graph', `${zi.message}${where}`, { ...place, ...(field ? { field } : {}) });
    }
    return issue('invalid-graph', zi.message, zi.path.length ? { field: dotted(zi.path) } : {});
  });
}

function resolveNode(node: CadenceGraph['nodes'][number], registry: NodeRegistry, issues: CadenceIssue[]): ResolvedNode | undefined {
  const at = { nodeId: node.id };
  const kind = registry.get(node.type);
  if (!kind) {
    issues.push(issue('unknown-kind', `node kind "${node.type}" is not installed`, { ...at, field: 'type' }));
    return undefined;
  }
  const migrated = migrateConfig(kind, node.data.config, node.data.configVersion ?? kind.version);
  if ('error' in migrated) {
    issues.push(issue('config-version', migrated.error, { ...at, field: 'configVersion' }));
    return undefined;
  }
  const parsed = kind.config.safeParse(migrated.config);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      issues.push(issue('invalid-config', zi.message, { ...at, ...(zi.path.length ? { field: dotted(zi.path) } : {}) }));
    }
    return undefined;
  }
  const config = parsed.data;
  const extra = kind.validate(config, { nodeId: node.id });
  for (const ni of extra) {
    issues.push(issue(ni.code, ni.message, { ...at, ...(ni.field ? { field: ni.field } : {}) }, ni.severity ?? 'error'));
  }
  if (extra.some((ni) => (ni.severity ?? 'error') === 'error')) return undefined;
  let compiled: CompiledStep;
  try {
    compiled = kind.compile(config, { nodeId: node.id });
  } catch (err) {
    issues.push(issue('compile-failed', `${kind.title} could not compile: ${(err as Error).message}`, at));
    return undefined;
  }
  return {
    id: node.id,
    kind,
    ...(node.data.label !== undefined ? { label: node.data.label } : {}),
    config,
    outcomes: kind.outcomes(config),
    compiled,
  };
}

/** Every check that does not need the whole graph to be valid first: parses, resolves kinds, checks wiring. */
export function analyzeGraph(raw: unknown, registry: NodeRegistry): GraphAnalysis {
  const nodes = new Map<string, ResolvedNode>();
  const wiring = new Map<string, Map<string, GraphEdge>>();
  const parsed = cadenceGraphSchema.safeParse(raw);
  if (!parsed.success) return { issues: structureIssues(raw, parsed.error), nodes, wiring };
  const graph = parsed.data;
  const issues: CadenceIssue[] = [];

  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id)) {
      issues.push(issue('duplicate-node-id', `node id "${node.id}" is used by more than one node`, { nodeId: node.id }));
      continue;
    }
    nodeIds.add(node.id);
    const resolved = resolveNode(node, registry, issues);
    if (resolved) nodes.set(node.id, resolved);
  }

  const entries = graph.nodes.filter((n) => registry.get(n.type)?.category === 'entry');
  const entryId = entries[0]?.id;
  if (!entryId) issues.push(issue('no-entry', 'the cadence needs an Entry node where accounts start'));
  for (const extra of entries.slice(1)) {
    issues.push(issue('multiple-entries', 'a cadence has exactly one Entry node; remove this one', { nodeId: extra.id }));
  }

  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    const at = { edgeId: edge.id };
    if (edgeIds.has(edge.id)) {
      issues.push(issue('duplicate-edge-id', `edge id "${edge.id}" is used by more than one edge`, at));
      continue;
    }
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source)) {
      issues.push(issue('dangling-edge', `edge starts at node "${edge.source}", which does not exist`, { ...at, field: 'source' }));
      continue;
    }
    if (!nodeIds.has(edge.target)) {
      issues.push(issue('dangling-edge', `edge ends at node "${edge.target}", which does not exist`, { ...at, field: 'target' }));
      continue;
    }
    if (edge.target === entryId || entries.some((e) => e.id === edge.target)) {
      issues.push(issue('edge-into-entry', 'nothing may lead back into the Entry node', { ...at, field: 'target' }));
      continue;
    }
    const source = nodes.get(edge.source);
    if (!source) continue; // its own problem is already reported on the node
    if (!source.outcomes.some((o) => o.id === edge.sourceHandle)) {
      const known = source.outcomes.map((o) => o.id).join(', ') || 'none';
      issues.push(
        issue('unknown-outcome', `${source.kind.title} has no outcome "${edge.sourceHandle}" (outcomes: ${known})`, { ...at, field: 'sourceHandle' }),
      );
      continue;
    }
    const byOutcome = wiring.get(edge.source) ?? new Map<string, GraphEdge>();
    if (byOutcome.has(edge.sourceHandle)) {
      issues.push(issue('outcome-wired-twice', `outcome "${edge.sourceHandle}" of node "${edge.source}" already has an edge`, at));
      continue;
    }
    byOutcome.set(edge.sourceHandle, edge);
    wiring.set(edge.source, byOutcome);
  }

  for (const node of nodes.values()) {
    for (const outcome of node.outcomes) {
      if (!wiring.get(node.id)?.has(outcome.id)) {
        issues.push(
          issue('unwired-outcome', `outcome "${outcome.label}" goes nowhere: connect it to a step or an Exit`, {
            nodeId: node.id,
            field: `outcomes.${outcome.id}`,
          }),
        );
      }
    }
  }

  return { issues, graph, nodes, wiring, ...(entryId ? { entryId } : {}) };
}
