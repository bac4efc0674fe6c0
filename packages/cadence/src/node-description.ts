import { z } from 'zod';
import type { NodeKind, OutcomeSpec } from './define-node';

/** A node kind as JSON: what the palette, the API (`GET /node-kinds`) and `kairos nodes` show. */
export interface NodeKindDescription {
  kind: string;
  version: number;
  title: string;
  category: string;
  description: string;
  icon?: string;
  /** Outcomes of a node with the default config. */
  outcomes: OutcomeSpec[];
  defaults: Record<string, unknown>;
  /** JSON Schema of the config (as input: defaults optional); null when the schema has no JSON form. */
  configSchema: Record<string, unknown> | null;
  activity?: string;
  ui: NodeKind['ui'];
}

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
