import { z } from 'zod';

/** A node as React Flow stores it: `type` names a registered node kind, `data.config` its settings. */
export const graphNodeSchema = z.object({
  id: z.string().min(1, 'node id must not be empty'),
  type: z.string().min(1, 'node type must name a node kind'),
  position: z.object({ x: z.number(), y: z.number() }),
  data: z
    .object({
      label: z.string().optional(),
      /** Version of the node kind's config schema this config was written with. */
      configVersion: z.number().int().positive().optional(),
      config: z.record(z.string(), z.unknown()).default({}),
    })
    .default({ config: {} }),
});

/** An edge leaves a node through one named outcome (`sourceHandle`) and enters another node. */
export const graphEdgeSchema = z.object({
  id: z.string().min(1, 'edge id must not be empty'),
  source: z.string().min(1),
  sourceHandle: z.string().min(1, 'sourceHandle must name an outcome of the source node'),
  target: z.string().min(1),
  targetHandle: z.string().nullish(),
});

export const cadenceGraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export type GraphNode = z.output<typeof graphNodeSchema>;
export type GraphEdge = z.output<typeof graphEdgeSchema>;
export type CadenceGraph = z.output<typeof cadenceGraphSchema>;
export type CadenceGraphInput = z.input<typeof cadenceGraphSchema>;
