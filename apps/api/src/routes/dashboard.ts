// The portfolio dashboard (JSON and CSV), the canvas overlay of a version, and channel unit costs.
import { z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { dashboardCsvRows, dashboardFromRollup } from '@kairos/analytics/kpi';
import { dashboardCohort, dashboardRollup, getAnalyticsSettings, getVersion, putAnalyticsSettings, versionOverlay, type PortfolioScope } from '@kairos/db';
import { readerScope } from '../auth/reader-scope';
import type { Role } from '@kairos/review';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { analyticsSettingsJson, dashboardJson } from '../analytics/analytics-json';
import { badRange, rangeFields, resolveRange } from '../analytics/range-query';
import { freshnessHeaders, freshnessJson, projectForReport } from '../analytics/report-freshness';

const ADMINS: readonly Role[] = ['admin'];
const dashboardQuery = z.object({
  ...rangeFields,
  tier: z.string().max(80).optional(),
  cadenceId: z.uuid({ error: 'must be a cadence id (a UUID)' }).optional(),
  versionId: z.uuid({ error: 'must be a version id (a UUID)' }).optional(),
});

/** A spreadsheet runs a cell starting with =, +, -, @ as a formula (OWASP CSV injection): quote it. */
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value);

export function dashboardRoutes(deps: RouteDeps) {
  const r = newRouter();

  async function load(q: z.infer<typeof dashboardQuery>, scope: PortfolioScope) {
    const range = resolveRange(q, deps.clock());
    if ('field' in range) return { error: badRange(range) } as const;
    const filter = { ...range, tier: q.tier, cadenceId: q.cadenceId, versionId: q.versionId, asOf: deps.clock() };
    const freshness = await projectForReport(deps.db);
    const [settings, rollup, cohort] = await Promise.all([getAnalyticsSettings(deps.db), dashboardRollup(deps.db, filter, scope), dashboardCohort(deps.db, filter, scope)]);
    return { range, settings, rollup, cohort, freshness } as const;
  }

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/dashboard',
      tags: ['Analytics'],
      summary: 'Portfolio KPIs over a date range: recovery, promises, contact and right-party-contact rates, cost; by channel and tier; roll rates; time to recovery',
      request: { query: dashboardQuery },
      responses: { 200: json(dashboardJson, 'The dashboard'), 400: errorResponse('Invalid query') },
    }),
    async (c) => {
      const loaded = await load(c.req.valid('query'), await readerScope(c, deps.db));
      if ('error' in loaded) return c.json(loaded.error, 400);
      const { range, settings, rollup, cohort, freshness } = loaded;
      return c.json({ ...dashboardFromRollup(rollup, cohort, { ...range, currency: settings.currency, unitCostMinor: settings.unitCostMinor }), freshness }, 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/dashboard/export',
      tags: ['Analytics'],
      summary: 'The dashboard as CSV: one row per day and channel (columns in docs/api.md)',
      request: { query: dashboardQuery },
      responses: {
        200: {
          content: { 'text/csv': { schema: z.string() } },
          description: 'CSV with a header row; `Kairos-Analytics-Projected-Through` and `Kairos-Analytics-Parked-Facts` say how fresh it is',
        },
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const loaded = await load(c.req.valid('query'), await readerScope(c, deps.db));
      if ('error' in loaded) return c.json(loaded.error, 400);
      const { range, settings, rollup, freshness } = loaded;
      const rows = dashboardCsvRows(rollup, { ...range, currency: settings.currency, unitCostMinor: settings.unitCostMinor }).map((row) => row.map(inert));
      return c.body(stringify(rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="kairos-dashboard-${range.from}-${range.to}.csv"`,
        'cache-control': 'no-store',
        ...freshnessHeaders(freshness),
      });
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/versions/{versionId}/analytics',
      tags: ['Analytics'],
      summary: 'The canvas overlay of a version: per node entered, waiting now, exited here, paid within N days; per edge its volume',
      request: {
        params: z.object({ versionId: z.string().openapi({ param: { name: 'versionId', in: 'path' } }) }),
        query: z.object({ ...rangeFields, paidWithinDays: z.coerce.number().int().min(1).max(365).default(7) }),
      },
      responses: {
        200: json(
          z
            .object({
              versionId: z.string(),
              range: z.object({ from: z.string(), to: z.string() }),
              paidWithinDays: z.number(),
              nodes: z.record(z.string(), z.object({ entered: z.number(), waitingNow: z.number(), exitedHere: z.number(), paidWithin: z.number() })),
              edges: z.record(z.string(), z.object({ volume: z.number() })),
              freshness: freshnessJson,
            })
            .openapi('VersionAnalytics'),
          'Counts by node and edge',
        ),
        400: errorResponse('Invalid query'),
        404: errorResponse('No such version'),
      },
    }),
    async (c) => {
      const { versionId } = c.req.valid('param');
      const q = c.req.valid('query');
      const version = await getVersion(deps.db, versionId);
      if (!version) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
      const range = resolveRange(q, deps.clock());
      if ('field' in range) return c.json(badRange(range), 400);
      const freshness = await projectForReport(deps.db);
      const overlay = await versionOverlay(deps.db, { ...range, versionId, paidWithinDays: q.paidWithinDays }, await readerScope(c, deps.db));
      const nodes = Object.fromEntries(version.graph.nodes.map((n) => [n.id, overlay.nodes[n.id] ?? { entered: 0, waitingNow: 0, exitedHere: 0, paidWithin: 0 }]));
      const edges = Object.fromEntries(version.graph.edges.map((e) => [e.id, { volume: overlay.outcomes.get(`${e.source}\u0000${e.sourceHandle}`) ?? 0 }]));
      return c.json({ versionId, range, paidWithinDays: q.paidWithinDays, nodes, edges, freshness }, 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/analytics/settings',
      tags: ['Analytics'],
      summary: 'Unit cost of a contact attempt per channel (what cost to collect is computed with)',
      responses: { 200: json(analyticsSettingsJson, 'The settings') },
    }),
    async (c) => c.json(await getAnalyticsSettings(deps.db), 200),
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'put',
      path: '/analytics/settings',
      tags: ['Analytics'],
      summary: 'Set the unit cost per channel (minor units of the currency); channels left out keep their default',
      request: { body: { content: { 'application/json': { schema: analyticsSettingsJson } } } },
      responses: { 200: json(analyticsSettingsJson, 'The settings now'), 400: errorResponse('Invalid body') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await putAnalyticsSettings(deps.db, { currency: body.currency, unitCostMinor: body.unitCostMinor as Record<string, number> }), 200);
    },
  );

  return r;
}
