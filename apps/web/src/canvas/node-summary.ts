// One line under a node's title saying what it does with its current config ("Wait 3 days").
// Each kind writes its own (`summary` in defineNode); this only guards the canvas against a kind
// that is missing, has no summary, or trips over a half-edited config.
import type { NodeKind } from '@kairos/cadence';

const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A short description of a node; never throws, whatever state the config is in. */
export function nodeSummary(kind: NodeKind | undefined, config: Record<string, unknown>): string {
  if (!kind) return 'This node kind is not installed here.';
  try {
    const text = kind.summary?.(config);
    if (text) return text;
  } catch {
    // A summary that trips over a half-edited config: the kind's description still says what the node is.
  }
  return clip(kind.description);
}
