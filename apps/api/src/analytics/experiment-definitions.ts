// Experiments are defined by the A/B split nodes of published versions: id, arms, weights, control.
import type { CadenceGraph, GraphNode } from '@kairos/cadence';
import type { ArmDef } from '@kairos/analytics/kpi';

export interface ExperimentDefinition {
  experimentId: string;
  cadenceId: string;
  cadenceName: string;
  /** Published versions holding the split, oldest first. */
  versionIds: string[];
  /** The split's node in the latest such version. */
  nodeId: string;
  arms: ArmDef[];
}

interface SplitConfig {
  experimentId?: unknown;
  arms?: Array<{ key?: unknown; label?: unknown; weight?: unknown }>;
  controlPercent?: unknown;
}

/** The arms of an ab-split node's config, as the IR names its outcomes (`variant:<key>`, `control`). */
export function armsOfSplit(node: GraphNode): ArmDef[] {
  const c = node.data.config as SplitConfig;
  const arms: ArmDef[] = (c.arms ?? []).map((a) => ({
    arm: `variant:${String(a.key)}`,
    key: String(a.key),
    label: typeof a.label === 'string' ? a.label : String(a.key),
    weight: typeof a.weight === 'number' ? a.weight : 0,
    control: false,
  }));
  const control = typeof c.controlPercent === 'number' ? c.controlPercent : 0;
  if (control > 0) arms.push({ arm: 'control', key: 'control', label: 'Control (no contact)', weight: control, control: true });
  return arms;
}

export const splitsOf = (graph: CadenceGraph): GraphNode[] =>
  graph.nodes.filter((n) => n.type === 'ab-split' && typeof (n.data.config as SplitConfig).experimentId === 'string');

/** Every experiment of the given cadences' published versions (versions oldest first). */
export function experimentDefinitions(
  cadences: ReadonlyArray<{ id: string; name: string; versions: ReadonlyArray<{ id: string; graph: CadenceGraph }> }>,
): ExperimentDefinition[] {
  const found = new Map<string, ExperimentDefinition>();
  for (const cadence of cadences) {
    for (const version of cadence.versions) {
      for (const node of splitsOf(version.graph)) {
        const experimentId = String((node.data.config as SplitConfig).experimentId);
        const key = `${cadence.id}\u0000${experimentId}`;
        const def = found.get(key) ?? { experimentId, cadenceId: cadence.id, cadenceName: cadence.name, versionIds: [], nodeId: node.id, arms: [] };
        if (!def.versionIds.includes(version.id)) def.versionIds.push(version.id);
        // The latest version's split defines the arms shown.
        def.nodeId = node.id;
        def.arms = armsOfSplit(node);
        found.set(key, def);
      }
    }
  }
  return [...found.values()];
}
