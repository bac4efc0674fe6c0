// Config forms are generated from each node kind's zod schema through its JSON Schema (z.toJSONSchema),
// so a custom node kind gets a form without writing one. These helpers read the parts forms need.
import { z } from 'zod';
import type { NodeKind } from '@kairos/cadence';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  description?: string;
  title?: string;
}

const cache = new WeakMap<NodeKind, JsonSchema | null>();

/** The JSON Schema of a kind's config as the user types it (input side), or null when zod cannot express it. */
export function configJsonSchema(kind: NodeKind): JsonSchema | null {
  if (cache.has(kind)) return cache.get(kind)!;
  let schema: JsonSchema | null;
  try {
    schema = z.toJSONSchema(kind.config, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    schema = null; // transforms and the like: the panel falls back to editing the config as JSON
  }
  cache.set(kind, schema);
  return schema;
}

export const isType = (s: JsonSchema, t: string): boolean => s.type === t || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === t);

/** The property every option of a oneOf fixes with a `const` (e.g. `mode`), if there is one. */
export function discriminatorOf(options: readonly JsonSchema[]): string | undefined {
  const first = options[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((key) => options.every((o) => o.properties?.[key]?.const !== undefined));
}

/** A value that fills what the schema requires: defaults, constants, first choices, minimal lists. */
export function defaultValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.oneOf?.length) return defaultValue(schema.oneOf[0]!);
  if (schema.anyOf?.length) return defaultValue(schema.anyOf[0]!);
  if (isType(schema, 'object')) {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      if (required.has(key) || prop.default !== undefined || prop.const !== undefined) out[key] = defaultValue(prop);
    }
    return out;
  }
  if (isType(schema, 'array')) return schema.minItems && schema.items && !schema.items.enum ? [defaultValue(schema.items)] : [];
  if (isType(schema, 'integer') || isType(schema, 'number')) return Math.max(schema.minimum ?? 0, 0);
  if (isType(schema, 'boolean')) return false;
  if (isType(schema, 'string')) return '';
  return null;
}

const ACRONYMS = new Set(['sms', 'api', 'dpd', 'id', 'url', 'ivr']);

/** `offsetDays` → "Offset days", `dueDate` → "Due date", `sms` → "SMS". */
export function humanize(key: string): string {
  if (ACRONYMS.has(key.toLowerCase())) return key.toUpperCase();
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The value at a dotted path of keys and indexes. */
export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A copy of `value` with `path` set to `next` (`undefined` removes an object key). */
export function setAt(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[key] = setAt(list[key], rest, next);
    return list;
  }
  const obj = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  const inner = setAt(obj[key!], rest, next);
  if (inner === undefined) delete obj[key!];
  else obj[key!] = inner;
  return obj;
}
