import { z } from 'zod';
import type { CadenceGraph } from './graph';

export const CADENCE_FILE_FORMAT = 'kairos.cadence/1' as const;

/** A cadence as a file (export from the editor, kept in git): its name and its graph. */
export const cadenceFileSchema = z.object({
  format: z.literal(CADENCE_FILE_FORMAT),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  graph: z.unknown(),
});
export type CadenceFile = { format: typeof CADENCE_FILE_FORMAT; name: string; description: string; graph: CadenceGraph };

/** Wrap a graph for export. */
export const toCadenceFile = (name: string, graph: CadenceGraph, description = ''): CadenceFile => ({ format: CADENCE_FILE_FORMAT, name, description, graph });

/**
 * Read a cadence file: an exported cadence (`format: kairos.cadence/1`) or a bare graph (`{nodes, edges}`).
 * The graph itself is returned unchecked; `validate`/`compile` place its problems at nodes and fields.
 */
export function readCadenceFile(json: unknown): { ok: true; name?: string; description?: string; graph: unknown } | { ok: false; message: string } {
  if (json && typeof json === 'object' && 'format' in json) {
    const parsed = cadenceFileSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      return { ok: false, message: `not a Kairos cadence file: ${first.path.join('.') || '(root)'}: ${first.message}` };
    }
    return { ok: true, name: parsed.data.name, description: parsed.data.description, graph: parsed.data.graph };
  }
  if (json && typeof json === 'object' && 'nodes' in json && 'edges' in json) return { ok: true, graph: json };
  return { ok: false, message: 'expected a cadence file ({"format": "kairos.cadence/1", "name", "graph"}) or a graph ({"nodes", "edges"})' };
}
