// Experiments (A/B splits of published versions): the list, the report per arm with the always-valid
// comparison, and promoting the winning arm into a new draft (which needs review and approval again).
import { z } from '@hono/zod-openapi';
import { compile } from '@kairos/cadence';
import { PRIMARY_METRICS, experimentReport } from '@kairos/analytics/kpi';
import { experimentActivity, experimentEnrollments, getAnalyticsSettings, getCadence, getLatestVersion, listCadences, listVersions, saveDraft, type PortfolioScope } from '@kairos/db';
import { readerScope } from '../auth/reader-scope';
import { DESIGN_READERS, DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { experimentDefinitions, type ExperimentDefinition } from '../analytics/experiment-definitions';
import { promoteArm } from '../analytics/promote-arm';
import { badRange, rangeFields, resolveRange } from '../analytics/range-query';
import { armResultJson, comparisonJson, experimentSummaryJson } from '../analytics/analytics-json';
import { freshnessHeaders, freshnessJson, projectForReport } from '../analytics/report-freshness';

const tags = ['Experiments'];
const ALPHA = 0.05;
const TEST_EXPLANATION =
  'Mixture sequential probability ratio test (mSPRT): its p-value and confidence interval stay valid however often the page is opened, so a winner is declared only when p ≤ 5% at any look, and an experiment without a real difference declares a false winner at most 5% of the time.';
const noExperimentHint = 'List experiments with GET /api/v1/experiments; an experiment is an A/B split in a published version.';

async function definitions(deps: RouteDeps, cadenceId?: string): Promise<ExperimentDefinition[]> {
  const cadences = cadenceId ? [await getCadence(deps.db, cadenceId)].filter((c) => c !== null) : await listCadences(deps.db);
  const withVersions = await Promise.all(cadences.map(async (c) => ({ id: c.id, name: c.name, versions: (await listVersions(deps.db, c.id)).reverse() })));
  return experimentDefinitions(withVersions);
}

async function summaries(deps: RouteDeps, scope: PortfolioScope, cadenceId?: string) {
  const freshness = await projectForReport(deps.db);
  const [defs, activity] = await Promise.all([definitions(deps, cadenceId), experimentActivity(deps.db, cadenceId, scope)]);
  const seen = new Map(activity.map((a) => [`${a.cadenceId}\u0000${a.experimentId}`, a]));
  const list = defs
    .map((d) => {
      const a = seen.get(`${d.cadenceId}\u0000${d.experimentId}`);
      return { ...d, enrolled: a?.enrolled ?? 0, firstAssignedAt: a?.firstAssignedAt ?? null, lastAssignedAt: a?.lastAssignedAt ?? null };
    })
    .sort((x, y) => (y.lastAssignedAt ?? '').localeCompare(x.lastAssignedAt ?? '') || x.cadenceName.localeCompare(y.cadenceName));
  return { list, freshness };
}

const cadenceIdQuery = z.uuid({ error: 'must be a cadence id (a UUID)' }).optional();
const experimentParam = z.object({ experimentId: z.string().min(1).max(63).openapi({ param: { name: 'experimentId', in: 'path' } }) });

export function experimentRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/experiments',
      tags,
      summary: 'Experiments (A/B splits in published versions), the most recently assigning first',
      request: { query: z.object({ cadenceId: cadenceIdQuery }) },
      responses: {
        200: json(
          z.array(experimentSummaryJson),
          'Experiments; empty when no published version has a split. `Kairos-Analytics-Projected-Through` and `Kairos-Analytics-Parked-Facts` say how fresh the counts are',
        ),
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const { list, freshness } = await summaries(deps, await readerScope(c, deps.db), c.req.valid('query').cadenceId);
      return c.json(list, 200, freshnessHeaders(freshness));
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/experiments/{experimentId}',
      tags,
      summary: 'An experiment per arm (intention to treat) with always-valid comparisons against the champion',
      request: {
        params: experimentParam,
        query: z.object({
          cadenceId: cadenceIdQuery.openapi({ description: 'Needed when two cadences use the same experiment id' }),
          ...rangeFields,
          primaryMetric: z.enum(PRIMARY_METRICS).default('paidShare'),
        }),
      },
      responses: {
        200: json(
          z
            .object({
              experiment: experimentSummaryJson,
              primaryMetric: z.enum(PRIMARY_METRICS),
              test: z.object({ name: z.literal('mSPRT'), alpha: z.number(), explanation: z.string() }),
              arms: z.array(armResultJson),
              comparisons: z.array(comparisonJson),
              generatedAt: z.string(),
              freshness: freshnessJson,
            })
            .openapi('ExperimentReport'),
          'The report',
        ),
        400: errorResponse('Invalid query, or an experiment id two cadences share without cadenceId'),
        404: errorResponse('No such experiment'),
      },
    }),
    async (c) => {
      const { experimentId } = c.req.valid('param');
      const q = c.req.valid('query');
      const scope = await readerScope(c, deps.db);
      const { list, freshness } = await summaries(deps, scope, q.cadenceId);
      const matches = list.filter((s) => s.experimentId === experimentId);
      if (matches.length === 0) return notFound(c, `experiment ${experimentId}`, noExperimentHint);
      if (matches.length > 1) {
        return c.json(badRange({ field: 'cadenceId', message: `experiment ${experimentId} is in ${matches.length} cadences; name one: ${matches.map((m) => m.cadenceId).join(', ')}` }), 400);
      }
      const experiment = matches[0]!;
      const now = deps.clock();
      const range = resolveRange({ from: q.from ?? experiment.firstAssignedAt?.slice(0, 10), to: q.to }, now);
      if ('field' in range) return c.json(badRange(range), 400);
      const settings = await getAnalyticsSettings(deps.db);
      const { rows, currency } = await experimentEnrollments(deps.db, { ...range, cadenceId: experiment.cadenceId, experimentId, asOf: now, unitCostMinor: settings.unitCostMinor }, scope);
      const report = experimentReport(experiment.arms, rows, { currency: currency ?? settings.currency, primaryMetric: q.primaryMetric, alpha: ALPHA });
      return c.json(
        { experiment, primaryMetric: q.primaryMetric, test: { name: 'mSPRT' as const, alpha: ALPHA, explanation: TEST_EXPLANATION }, ...report, generatedAt: now.toISOString(), freshness },
        200,
      );
    },
  );

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'post',
      path: '/experiments/{experimentId}/promote',
      tags,
      summary: "Promote an arm: the cadence's draft becomes the live version with the split replaced by the arm's path",
      description: 'The result is a draft: it needs review and approval like any edit before it can be published.',
      request: {
        params: experimentParam,
        body: { content: { 'application/json': { schema: z.object({ cadenceId: z.uuid({ error: 'must be a cadence id (a UUID)' }), arm: z.string().min(1).max(80).openapi({ example: 'variant:B' }) }) } } },
      },
      responses: {
        201: json(z.object({ cadenceId: z.string(), draftHash: z.string().nullable(), message: z.string() }), 'The new draft'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such experiment or arm'),
        409: errorResponse('The draft has unpublished edits'),
      },
    }),
    async (c) => {
      const { experimentId } = c.req.valid('param');
      const body = c.req.valid('json');
      const cadence = await getCadence(deps.db, body.cadenceId);
      const live = cadence ? await getLatestVersion(deps.db, cadence.id) : null;
      if (!cadence || !live) return notFound(c, `experiment ${experimentId} in cadence ${body.cadenceId}`, noExperimentHint);
      const split = live.graph.nodes.find((n) => n.type === 'ab-split' && (n.data.config as { experimentId?: unknown }).experimentId === experimentId);
      if (!split) return notFound(c, `experiment ${experimentId} in the live version ${live.version}`, noExperimentHint);
      const draft = compile(cadence.draftGraph, deps.registry);
      if (!draft.ok || draft.ir.hash !== live.hash) {
        return c.json(
          {
            error: 'draft_has_edits',
            message: `the draft of this cadence has edits that are not published (version ${live.version} is live): publish or discard them first, then promote the arm`,
          },
          409,
        );
      }
      const entries = live.graph.nodes.filter((n) => deps.registry.get(n.type)?.category === 'entry').map((n) => n.id);
      const promoted = promoteArm(live.graph, split.id, body.arm, entries);
      if (!promoted.ok) return notFound(c, `arm ${body.arm} of experiment ${experimentId}`, `Its arms are the split's outcomes: ${live.graph.edges.filter((e) => e.source === split.id).map((e) => e.sourceHandle).join(', ')}.`);
      const saved = await saveDraft(deps.db, cadence.id, { graph: promoted.graph, editedBy: c.get('user')!.id });
      if (!saved.ok) return notFound(c, 'cadence', 'It was removed meanwhile.');
      const compiled = compile(promoted.graph, deps.registry);
      return c.json(
        {
          cadenceId: cadence.id,
          draftHash: compiled.ok ? compiled.ir.hash : null,
          message: `The draft now sends every account down ${body.arm}. Submit it for review: it needs a compliance officer's approval before it can be published.`,
        },
        201,
      );
    },
  );

  return r;
}
