// Reports read their own writes: the facts committed so far become events before a report reads. A
// projection run that fails (a timeout, a lost connection) does not fail the report: it answers with
// what is projected and says through when, beside how many facts are parked.
import { z } from '@hono/zod-openapi';
import { analyticsFreshness, projectAnalytics, projectionFailure, type KairosDb } from '@kairos/db';

export const freshnessJson = z
  .object({
    projectedThrough: z.string().nullable().openapi({ description: 'Every fact committed before this instant is counted (but for parked ones); null before the first complete projection' }),
    lagSeconds: z.number().int().nullable().openapi({ description: 'How far behind now that is, in seconds' }),
    parkedFacts: z.number().int().openapi({ description: 'Facts that could not be counted; admins see them with GET /api/v1/analytics/parked' }),
  })
  .openapi('AnalyticsFreshness', { description: 'How fresh the figures are' });
export type FreshnessJson = z.infer<typeof freshnessJson>;

/** Headers that carry the freshness where the body has no room for it (CSV, lists). */
export const freshnessHeaders = (f: FreshnessJson): Record<string, string> => ({
  'kairos-analytics-projected-through': f.projectedThrough ?? '',
  'kairos-analytics-parked-facts': String(f.parkedFacts),
});

export async function readFreshness(db: KairosDb): Promise<FreshnessJson> {
  const f = await analyticsFreshness(db);
  return { projectedThrough: f.projectedThrough?.toISOString() ?? null, lagSeconds: f.lagSeconds, parkedFacts: f.parkedFacts };
}

/** Project what has been committed, then say how fresh the figures are. */
export async function projectForReport(db: KairosDb): Promise<FreshnessJson> {
  try {
    await projectAnalytics(db);
  } catch (err) {
    console.error(`analytics projection failed before a report (${projectionFailure(err)}); the report shows what was projected before`);
  }
  return readFreshness(db);
}
