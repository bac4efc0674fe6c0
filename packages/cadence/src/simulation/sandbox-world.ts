// How activities answer in a simulation: each kind's own simulated answer (`simulate` in defineNode),
// the same decisions the worker makes from the account alone, without any I/O.
import type { AccountSnapshot } from '../account';
import type { NodeKind } from '../define-node';
import type { ActivityInput, ActivityResult } from '../interpreter/state';
import { builtInRegistry } from '../nodes/index';
import type { NodeRegistry } from '../registry';

const byActivity = new WeakMap<NodeRegistry, Map<string, NodeKind>>();

function kindsByActivity(registry: NodeRegistry): Map<string, NodeKind> {
  let map = byActivity.get(registry);
  if (!map) {
    map = new Map(registry.list().flatMap((k) => (k.activity ? [[k.activity, k] as const] : [])));
    byActivity.set(registry, map);
  }
  return map;
}

/** The simulated answer of the kind whose activity this is, or undefined when no kind in the registry simulates it. */
export function sandboxActivityResult(
  activity: string,
  input: ActivityInput,
  account: AccountSnapshot,
  registry: NodeRegistry = builtInRegistry,
): ActivityResult | undefined {
  return kindsByActivity(registry).get(activity)?.simulate?.(input.params, account);
}
