import type { z } from 'zod';

/**
 * Parse an activity's compiled params. They were validated at compile time; a mismatch means a
 * hand-edited IR or a node kind that changed without a migration, so fail loudly (Temporal retries).
 */
export function paramsOf<S extends z.ZodType>(schema: S, params: unknown, activity: string): z.output<S> {
  const r = schema.safeParse(params);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${activity}: step params are invalid at ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

/** Calendar date (YYYY-MM-DD, UTC) `days` after an instant. */
export const dateAfter = (at: Date, days: number): string => new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
