// Free-form JSON (a node's config, a profile file, any request body) is walked before it is
// stored: Postgres refuses NUL and lone UTF-16 surrogates in jsonb, and JSON nested thousands deep
// overflows the stack of whatever walks it next (hashing, diffing, storing). The walk itself is a
// loop, never recursion, so it is safe on any input JSON.parse accepted.
import { z } from 'zod';

/** How deep a step's config may nest (the config object itself is level 1). */
export const MAX_CONFIG_DEPTH = 32;

export type JsonPath = Array<string | number>;
export interface JsonShapeIssue {
  path: JsonPath;
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored as text or JSON anywhere, or undefined when it can. */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it holds half of a surrogate pair)';
  return undefined;
}

/**
 * The first problem of a parsed JSON value, in document order: a key or string that cannot be
 * stored, or containers nested deeper than `maxDepth` (the outermost container is level 1).
 */
export function jsonShapeIssue(value: unknown, limits: { maxDepth: number }): JsonShapeIssue | undefined {
  const stack: Array<{ value: unknown; path: JsonPath }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = unstorableText(v);
      if (problem) return { path, message: problem };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= limits.maxDepth) {
      return { path, message: `nests deeper than ${limits.maxDepth} levels: flatten it` };
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(v) ? v.map((item, i) => [i, item]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      if (typeof key === 'string') {
        const problem = unstorableText(key);
        // The path names the object: the key itself cannot be shown as it is.
        if (problem) return { path, message: `holds a key that ${problem}` };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

/** A JSON object of any content that can be stored: keys and strings storable, nested at most `maxDepth` deep. */
export const storableJsonObject = (maxDepth: number) =>
  z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const issue = jsonShapeIssue(value, { maxDepth });
    if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
