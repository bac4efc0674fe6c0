import { z } from 'zod';
import { MAX_CONFIG_DEPTH, safeText, storableJsonObject } from '@kairos/input';

/** Ids of nodes, edges and outcomes: one line of text, as the editor and the IR print them. */
const graphId = (empty: string) => safeText().min(1, empty).max(200);

/** A node as React Flow stores it: `type` names a registered node kind, `data.config` its settings. */
export const graphNodeSchema = z.object({
  id: graphId('node id must not be empty'),
  type: graphId('node type must name a node kind'),
  position: z.object({ x: z.number(), y: z.number() }),
  data: z
    .object({
      label: safeText().optional(),
      /** Version of the node kind's config schema this config was written with. */
      configVersion: z.number().int().positive().optional(),
      /**
       * Drafts are stored even when a config does not fit its kind, so the shape is checked here, for
       * every kind: storable text, nested at most MAX_CONFIG_DEPTH deep.
       */
      config: storableJsonObject(MAX_CONFIG_DEPTH).default({}),
    })
    .default({ config: {} }),
});

/** An edge leaves a node through one named outcome (`sourceHandle`) and enters another node. */
export const graphEdgeSchema = z.object({
  id: graphId('edge id must not be empty'),
  source: graphId('source must name a node'),
  sourceHandle: graphId('sourceHandle must name an outcome of the source node'),
  target: graphId('target must name a node'),
  targetHandle: safeText().max(200).nullish(),
});

export const cadenceGraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export type GraphNode = z.output<typeof graphNodeSchema>;
export type GraphEdge = z.output<typeof graphEdgeSchema>;
export type CadenceGraph = z.output<typeof cadenceGraphSchema>;
export type CadenceGraphInput = z.input<typeof cadenceGraphSchema>;
