// How fresh the analytics are, and the facts the projection parked: readers see the freshness, admins
// see each parked fact with its reason and retry them once the cause is fixed.
import { z } from '@hono/zod-openapi';
import { countParkedFacts, listParkedFacts, PROJECTED_FACT_KINDS, retryParkedFacts } from '@kairos/db';
import type { Role } from '@kairos/review';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { freshnessJson, readFreshness } from '../analytics/report-freshness';

const ADMINS: readonly Role[] = ['admin'];
const tags = ['Analytics'];
const RETRY_HINT =
  'Each fact is retried by itself, later and less often each time (from a minute to an hour). Fix what the reason names (the row, or the code that wrote it), then POST /api/v1/analytics/parked/retry to retry them all now.';

const parkedFactJson = z
  .object({
    kind: z.enum(PROJECTED_FACT_KINDS).openapi({ description: 'The table of the fact: enrollments, enrollment_timeline, contact_decisions, delivery_receipts or account_events' }),
    factId: z.string().openapi({ description: "The fact row's id in its table" }),
    reason: z.string().openapi({ description: 'Why it could not be counted, in the database’s words' }),
    firstSeenAt: z.string(),
    lastSeenAt: z.string(),
    attempts: z.number().int(),
    nextAttemptAt: z.string(),
  })
  .openapi('ParkedFact');

export function analyticsProjectionRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/analytics/freshness',
      tags,
      summary: 'Through when the analytics count every committed fact, and how many facts are parked',
      responses: { 200: json(freshnessJson, 'The freshness') },
    }),
    async (c) => c.json(await readFreshness(deps.db), 200),
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'get',
      path: '/analytics/parked',
      tags,
      summary: 'Facts the analytics projection could not count, with why: the most recently failing first',
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
      responses: {
        200: json(z.object({ total: z.number().int(), facts: z.array(parkedFactJson), hint: z.string() }).openapi('ParkedFacts'), 'The parked facts'),
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const [facts, total] = await Promise.all([listParkedFacts(deps.db, { limit: c.req.valid('query').limit }), countParkedFacts(deps.db)]);
      const iso = (d: Date) => d.toISOString();
      return c.json(
        {
          total,
          facts: facts.map((f) => ({ ...f, firstSeenAt: iso(f.firstSeenAt), lastSeenAt: iso(f.lastSeenAt), nextAttemptAt: iso(f.nextAttemptAt) })),
          hint: RETRY_HINT,
        },
        200,
      );
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/analytics/parked/retry',
      tags,
      summary: 'Retry every parked fact now (after fixing their cause); those that still fail stay parked with their reason',
      responses: {
        200: json(
          z.object({ retried: z.number().int(), projected: z.number().int(), stillParked: z.number().int() }).openapi('ParkedFactsRetried'),
          'What the retry did',
        ),
      },
    }),
    async (c) => c.json(await retryParkedFacts(deps.db), 200),
  );

  return r;
}
