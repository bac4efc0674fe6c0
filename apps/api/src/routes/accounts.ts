import { z } from '@hono/zod-openapi';
import { accountSnapshotSchema } from '@kairos/cadence';
import { accountCompliancePatchSchema, accountComplianceSchema, chooseProfile } from '@kairos/compliance';
import { safeText } from '@kairos/input';
import { ACCOUNT_SORTS, ACCOUNT_STATUSES, DEFAULT_PORTFOLIO_ID, getAccount, isSandboxPortfolio, readsPortfolio, listAccountPage, portfolioComplianceProfile, updateAccountCompliance, upsertAccount, type StoredAccount } from '@kairos/db';
import type { Role } from '@kairos/review';
import type { Context } from 'hono';
import { accountFilterShape, toAccountFilter, withBalanceRange } from '../accounts/account-filter-schema';
import { tellRunningEnrollments } from '../accounts/tell-enrollments';
import { runAutoEnrollment } from '../jobs/auto-enrollment';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { auditAccountRead, auditRefusedAccountWrite, exactAccountScope, readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter, type AppEnv } from '../router';
import { errorResponse, json, limitQuery } from '../schemas';

const tags = ['Accounts'];
// Built with this package's `z` (schemas from other packages cannot take `.openapi()` under vitest's module loading).
export const accountJson = z
  .object({
    ...accountSnapshotSchema.shape,
    compliance: accountComplianceSchema,
    governingProfile: z
      .object({ id: z.string(), source: z.enum(['account', 'portfolio', 'default']) })
      .optional()
      .openapi({ description: "GET /accounts/{id}: the profile contact decisions use: the account's own `compliance.profile`, else its portfolio's, else the configured default" }),
  })
  .openapi('Account', {
    description: 'An account; `compliance` decides whether and when the holder may be contacted: profile, possible time zones, phone type, opt-outs, cease request, dispute, inconvenient times',
  });
// Strict: the body carries compliance facts (consents, opt-outs), and a misspelt field must be an error, not a fact lost.
const accountBody = accountSnapshotSchema.omit({ id: true }).strict();
const accountListQuery = withBalanceRange(
  z
    .object({
      ...accountFilterShape,
      limit: limitQuery,
      offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
      sort: z.enum(ACCOUNT_SORTS).default('id').openapi({ description: '`due`: the due date (ascending: highest DPD first)' }),
      order: z.enum(['asc', 'desc']).default('asc'),
    })
    .strict(),
);
const accountListJson = z
  .object({
    accounts: z.array(accountJson.extend({ statuses: z.array(z.enum(ACCOUNT_STATUSES)) })),
    totals: z.object({ count: z.number().int(), balances: z.array(z.object({ currency: z.string(), balanceCents: z.number().int() })) }),
    page: z.object({ limit: z.number().int(), offset: z.number().int() }),
  })
  .openapi('AccountList');
const idParam = z.object({ id: safeText().min(1).max(200) });
/** The creditor's systems keep accounts (strategists write only test accounts, in sandbox portfolios); agents record what the holder told them. */
const ACCOUNT_WRITERS: readonly Role[] = ['strategist', 'engineer', 'admin'];
/** Roles that write real accounts; the others write only in sandbox portfolios, whose sends go to the outbox. */
const REAL_ACCOUNT_WRITERS: readonly Role[] = ['engineer', 'admin'];
const FACT_RECORDERS: readonly Role[] = ['agent', 'compliance_officer', 'engineer', 'admin'];

function unknownProfile(deps: RouteDeps, c: Context<AppEnv>, profile: string | null | undefined) {
  if (profile === undefined || profile === null || deps.complianceProfiles.has(profile)) return undefined;
  const known = [...deps.complianceProfiles.keys()].join(', ');
  return c.json({ error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'compliance.profile', message: `unknown profile "${profile}": use one of ${known}` }] }, 400);
}

/** The profile contact decisions use for an account: its own, else its portfolio's, else the configured default. */
export async function governingProfileOf(deps: RouteDeps, account: StoredAccount) {
  const portfolio = await portfolioComplianceProfile(deps.db, account.portfolioId ?? DEFAULT_PORTFOLIO_ID);
  return chooseProfile({ account: account.compliance.profile, portfolio, fallback: deps.defaultComplianceProfile });
}

/**
 * Why a test-account writer may not write here, if not: both ends must be sandboxes, so a test account
 * never moves a real one out of its book (nor sends its messages to the outbox).
 */
async function outsideSandbox(deps: RouteDeps, id: string, portfolioId: string, storedPortfolioId: string | undefined): Promise<string | undefined> {
  if (!(await isSandboxPortfolio(deps.db, portfolioId))) return `portfolio "${portfolioId}" is not a sandbox`;
  if (storedPortfolioId !== undefined && !(await isSandboxPortfolio(deps.db, storedPortfolioId))) return `account ${id} is in portfolio "${storedPortfolioId}", which is not a sandbox`;
  return undefined;
}


export function accountRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ACCOUNT_WRITERS, {
      method: 'put',
      path: '/accounts/{id}',
      tags,
      summary: 'Create or replace an account (running enrollments see the change)',
      description: 'Strategists create and replace test accounts in sandbox portfolios only (their sends go to the outbox). Compliance facts are replaced only when `compliance` is given: a sync that does not know of an opt-out never erases it.',
      request: { params: idParam, body: { content: { 'application/json': { schema: accountBody } } } },
      responses: {
        200: json(accountJson, 'Updated'),
        201: json(accountJson, 'Created'),
        400: errorResponse('Invalid body'),
        403: errorResponse('A strategist writing outside a sandbox portfolio (`forbidden`): strategists write test accounts only'),
        404: errorResponse('The account is of a portfolio you do not read'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const refused = unknownProfile(deps, c, body.compliance?.profile);
      if (refused) return refused;
      const id = c.req.valid('param').id;
      // Writers place accounts only in portfolios they read, and replace only accounts they read.
      const scope = await exactAccountScope(c, deps.db);
      const portfolioId = body.portfolioId ?? DEFAULT_PORTFOLIO_ID;
      if (!readsPortfolio(scope, portfolioId)) {
        return c.json({ error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'portfolioId', message: `you do not read portfolio "${portfolioId}": choose one of yours, or ask an admin to add it to yours` }] }, 400);
      }
      const stored = await getAccount(deps.db, id);
      if (stored && !(await getAccount(deps.db, id, scope))) {
        await auditRefusedAccountWrite(c, deps.db, id);
        return notFound(c, 'account', 'List your accounts with GET /api/v1/accounts.');
      }
      const refusal = REAL_ACCOUNT_WRITERS.includes(c.get('user')!.role) ? undefined : await outsideSandbox(deps, id, portfolioId, stored?.portfolioId);
      if (refusal) {
        return c.json(
          {
            error: 'forbidden',
            message: `strategists create and change test accounts in a sandbox portfolio only (its messages go to the outbox), and ${refusal}: set portfolioId to a sandbox portfolio such as "sandbox", or ask an engineer to load real accounts`,
          },
          403,
        );
      }
      const { account, created } = await upsertAccount(deps.db, { ...body, id }, { writer: `user:${c.get('user')!.id}` });
      // Best effort: the stored account is the truth, and the worker reads it fresh before each send.
      if (!created) await tellRunningEnrollments(deps, [account]);
      // A changed account may now match a rule-triggered cadence; the periodic sweep catches any miss.
      await runAutoEnrollment(deps, { accountIds: [account.id] }).catch((err: unknown) =>
        deps.logger.warn({ accountId: account.id, err }, 'auto-enrollment of a changed account failed; the periodic sweep tries again'),
      );
      return c.json(account, created ? 201 : 200);
    },
  );

  r.openapi(
    guardedRoute(FACT_RECORDERS, {
      method: 'patch',
      path: '/accounts/{id}/compliance',
      tags,
      summary: 'Record what the holder told us: an opt-out, a cease-communication request, a dispute, inconvenient times, other possible time zones',
      description: 'Only the fields given change. Takes effect for the next contact decision at once.',
      request: { params: idParam, body: { content: { 'application/json': { schema: accountCompliancePatchSchema } } } },
      responses: { 200: json(accountJson, 'Updated'), 400: errorResponse('Invalid body'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const refused = unknownProfile(deps, c, patch.profile);
      if (refused) return refused;
      // Only accounts the caller reads: another portfolio's answers as a missing one.
      if (!(await getAccount(deps.db, c.req.valid('param').id, await exactAccountScope(c, deps.db)))) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      const user = c.get('user')!;
      const account = await updateAccountCompliance(deps.db, c.req.valid('param').id, patch, { id: user.id, email: user.email, role: user.role });
      if (!account) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      await tellRunningEnrollments(deps, [account]);
      return c.json(account, 200);
    },
  );

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/accounts/{id}',
      tags,
      summary: 'An account',
      request: { params: idParam },
      responses: { 200: json(accountJson, 'The account'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const account = await getAccount(deps.db, c.req.valid('param').id, await exactAccountScope(c, deps.db));
      if (!account) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      await auditAccountRead(c, deps.db, account.id);
      return c.json({ ...account, governingProfile: await governingProfileOf(deps, account) }, 200);
    },
  );

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/accounts',
      tags,
      summary: 'The Accounts list: a page of the accounts of your portfolios (an agent: of your queues) that the filter keeps, and its totals',
      description: 'Sorted by `sort` then id; `totals` counts every account the filter keeps (not just this page) and sums their balances per currency. DPD and open promises are as of today (UTC).',
      request: { query: accountListQuery },
      responses: { 200: json(accountListJson, 'A page of accounts and the totals of the filter'), 400: errorResponse('Invalid query') },
    }),
    async (c) => {
      const { limit, offset, sort, order, ...filter } = c.req.valid('query');
      const asOf = (deps.clock ?? (() => new Date()))().toISOString().slice(0, 10);
      const page = await listAccountPage(deps.db, { filter: toAccountFilter(filter), asOf, sort, order, limit, offset }, await readerScope(c, deps.db));
      return c.json({ ...page, page: { limit, offset } }, 200);
    },
  );

  return r;
}
