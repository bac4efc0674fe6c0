import { z } from 'zod';
import type { NodeKind } from './define-node';

// The one description of a node kind on the wire: `GET /node-kinds` answers it and `kairos nodes --json` prints it,
// so the two cannot drift apart. The schema is the contract (the API's OpenAPI document describes it);
// `describeNodeKind` returning its type keeps the categories and widgets here in step with `defineNode`'s.

const fieldHintSchema = z.object({
  label: z.string().optional(),
  help: z.string().optional(),
  widget: z.enum(['text', 'textarea', 'template', 'expression', 'number', 'select', 'time', 'duration', 'json', 'portfolios']).optional(),
});

/** A node kind as JSON: what the palette, the API (`GET /node-kinds`) and `kairos nodes` show. */
export const nodeKindDescriptionSchema = z.object({
  kind: z.string(),
  version: z.number().int(),
  title: z.string(),
  category: z.enum(['entry', 'timing', 'message', 'payment', 'logic', 'action', 'exit']),
  description: z.string(),
  icon: z.string().optional(),
  outcomes: z.array(z.object({ id: z.string(), label: z.string() })).describe('Outcomes of a node with the default config'),
  defaults: z.record(z.string(), z.unknown()),
  configSchema: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('JSON Schema of the config (as input: defaults optional); null when the schema has no JSON form'),
  activity: z.string().optional().describe('The worker activity its steps call, if it does work outside the workflow'),
  ui: z.record(z.string(), fieldHintSchema).describe('Hints for the config form, by config field'),
});
export type NodeKindDescription = z.infer<typeof nodeKindDescriptionSchema>;

export function describeNodeKind(k: NodeKind): NodeKindDescription {
  let configSchema: Record<string, unknown> | null;
  try {
    configSchema = z.toJSONSchema(k.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    configSchema = null; // a schema with transforms has no JSON form; editors fall back to editing JSON
  }
  const parsed = k.config.safeParse(k.defaults);
  return {
    kind: k.kind,
    version: k.version,
    title: k.title,
    category: k.category,
    description: k.description,
    ...(k.icon ? { icon: k.icon } : {}),
    outcomes: k.outcomes(parsed.success ? parsed.data : k.defaults),
    defaults: k.defaults,
    configSchema,
    ...(k.activity ? { activity: k.activity } : {}),
    ui: k.ui,
  };
}
