// Copy and paste carry nodes as text on the system clipboard, so they also travel between tabs and
// cadences. Pasted text is external input: it is parsed with the graph schema before it touches the canvas.
import { z } from 'zod';
import { cadenceGraphSchema, type NodeRegistry } from '@kairos/cadence';
import { fromFlow, toFlow } from './flow-graph';
import type { FlowGraph } from './graph-edits';

const FORMAT = 'kairos.cadence-fragment/1';
const fragmentSchema = z.object({ format: z.literal(FORMAT), graph: cadenceGraphSchema });

export function serializeFragment(fragment: FlowGraph): string {
  return JSON.stringify({ format: FORMAT, graph: fromFlow(fragment.nodes, fragment.edges) });
}

/** The fragment in `text`, or null when the text is not a Kairos fragment (ordinary text is ignored, not an error). */
export function parseFragment(text: string, registry: NodeRegistry): FlowGraph | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fragmentSchema.safeParse(json);
  if (!parsed.success) return null;
  return toFlow(parsed.data.graph, registry);
}
