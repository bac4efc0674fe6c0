// Who a draft's entry rule would enroll if it were published now: publishing a rule-triggered
// cadence enrolls every matching account at once, so the publisher sees the number and confirms.
import { z } from '@hono/zod-openapi';
import { compile, isOneActiveCadence, triggerPortfolios } from '@kairos/cadence';
import { enrolledRuleCycles, getCadence, readsPortfolio, type PortfolioScope, type StoredAccount } from '@kairos/db';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { ruleMatches } from '../jobs/auto-enrollment';
import { newRouter } from '../router';
import { cadenceIdParam, errorResponse, json, noCadenceHint } from '../schemas';

const tags = ['Versions'];
/** Counting stops here: past it the dialog says "at least", and a sweep of a million accounts stays off the request. */
export const ENTRY_MATCH_CAP = 100_000;
const EXAMPLES = 5;

const portfolioMatches = z.object({
  portfolioId: z.string(),
  matching: z.number().int().openapi({ description: 'Accounts of this portfolio the rule matches now and would enroll on publishing' }),
  examples: z.array(z.string()).openapi({ description: `Up to ${EXAMPLES} of their account ids` }),
});

const entryMatchesJson = z
  .object({
    trigger: z.enum(['api', 'segment', 'dpd', 'preDue']).openapi({ description: '`api`: accounts enter only when enrolled, so publishing enrolls nobody' }),
    matching: z.number().int().openapi({ description: 'Accounts of the portfolios you read that publishing would enroll now' }),
    capped: z.boolean().openapi({ description: `true when counting stopped at ${ENTRY_MATCH_CAP}: "at least" that many` }),
    portfolios: z.array(portfolioMatches),
    unreadPortfolios: z.array(z.string()).openapi({ description: 'Portfolios the rule names that you do not read: their accounts are enrolled too, uncounted here' }),
  })
  .openapi('EntryMatches');

type EntryMatches = z.infer<typeof entryMatchesJson>;

/** Count, per portfolio the caller reads, what a rule would enroll now, leaving out accounts its current cycle already took. */
async function countEntryMatches(deps: RouteDeps, cadenceId: string, { trigger, oneActiveCadence }: Pick<Parameters<typeof ruleMatches>[1], 'trigger' | 'oneActiveCadence'>, scope: PortfolioScope): Promise<EntryMatches> {
  const named = triggerPortfolios(trigger);
  const counted = named.filter((p) => readsPortfolio(scope, p));
  const byPortfolio = new Map(counted.map((p) => [p, { portfolioId: p, matching: 0, examples: [] as string[] }]));
  let matching = 0;
  let capped = false;
  let page: Array<{ account: StoredAccount; cycleKey: string }> = [];
  const tally = async () => {
    const taken = await enrolledRuleCycles(deps.db, cadenceId, page.map((m) => ({ accountId: m.account.id, cycleKey: m.cycleKey })));
    for (const { account, cycleKey } of page) {
      if (taken.has(`${account.id} ${cycleKey}`)) continue;
      const entry = byPortfolio.get(account.portfolioId ?? 'default')!;
      entry.matching++;
      if (entry.examples.length < EXAMPLES) entry.examples.push(account.id);
      matching++;
    }
    page = [];
  };
  if (counted.length > 0) {
    for await (const match of ruleMatches(deps.db, { cadenceId, trigger: { ...trigger, portfolios: counted }, oneActiveCadence }, new Date())) {
      page.push(match);
      if (page.length === 500) await tally();
      if (matching + page.length >= ENTRY_MATCH_CAP) {
        capped = true;
        break;
      }
    }
    await tally();
  }
  return { trigger: trigger.type, matching, capped, portfolios: [...byPortfolio.values()], unreadPortfolios: named.filter((p) => !readsPortfolio(scope, p)) };
}

export function entryMatchRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}/entry-matches',
      tags,
      summary: "How many accounts the draft's entry rule matches now: publishing enrolls them at once",
      description: `Counts the accounts of the portfolios you read (up to ${ENTRY_MATCH_CAP}), per portfolio, leaving out accounts already in the cadence or already enrolled in the rule's current cycle. A draft whose Entry enrolls through the API answers \`trigger: "api"\` and 0.`,
      request: { params: cadenceIdParam },
      responses: {
        200: json(entryMatchesJson, 'The count'),
        404: errorResponse('No such cadence'),
        422: errorResponse('The draft has errors, so it has no rule to count yet'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const cadence = await getCadence(deps.db, id);
      if (!cadence) return notFound(c, 'cadence', noCadenceHint);
      const compiled = compile(cadence.draftGraph, deps.registry);
      if (!compiled.ok) return c.json({ error: 'invalid_cadence', message: 'the draft has errors: fix them in the problems list, then count who its rule would enroll' }, 422);
      const trigger = compiled.ir.trigger;
      if (!trigger) return c.json({ trigger: 'api' as const, matching: 0, capped: false, portfolios: [], unreadPortfolios: [] }, 200);
      return c.json(await countEntryMatches(deps, id, { trigger, oneActiveCadence: isOneActiveCadence(compiled.ir) }, await readerScope(c, deps.db)), 200);
    },
  );

  return r;
}
