import { z } from '@hono/zod-openapi';
import { daysPastDue, TIMELINE_ENTRY_TYPES, type CadenceIR } from '@kairos/cadence';
import { safeText } from '@kairos/input';
import {
  getAccount,
  getCadence,
  getTimeline,
  getVersion,
  listAccountAgentTasks,
  listAccountEvents,
  listAudit,
  listConsumerAccounts,
  listContactAttempts,
  listContactDecisions,
  listEnrollments,
  listPaymentOffers,
  listPlanInstallments,
} from '@kairos/db';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { auditAccountRead, exactAccountScope, readerScope } from '../auth/reader-scope';
import { balanceSeries, contactDecision, enrollmentPath, latest, tierTaken } from '../account-story';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { ledgerView } from '../ledger-view';
import { newRouter } from '../router';
import { contactAttemptJson, enrollmentJson, errorResponse, json, toContactJson, toEnrollmentJson } from '../schemas';
import { accountJson, governingProfileOf } from './accounts';
import { ledgerJson } from './ledger';

/** Audit actions that change what may be said to the holder, and when. */
const COMPLIANCE_ACTIONS = ['opt_out', 'opt_in', 'compliance_change'] as const;

const more = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), more: z.boolean().openapi({ description: 'Older entries were left out: ask again with a larger `limit`' }) });
const timelineEntry = z.object({ seq: z.number().int(), at: z.string(), type: z.enum(TIMELINE_ENTRY_TYPES), stepId: z.string().nullable(), outcome: z.string().optional(), detail: z.record(z.string(), z.unknown()).optional() });

const storyJson = z
  .object({
    account: accountJson,
    dpd: z.number().int().openapi({ description: 'Days past due today in the account\'s time zone (negative before the due date)' }),
    tier: z.string().nullable().openapi({ description: 'The account\'s `attributes.tier` (what the creditor or import decided); each enrollment says what its tier split chose' }),
    consumerAccounts: more(z.object({ id: z.string(), name: z.string(), balanceCents: z.number().int(), currency: z.string(), portfolioId: z.string().optional() })).openapi({
      description: "The consumer's other accounts (debts) that you read",
    }),
    complianceHistory: more(
      z.object({
        at: z.string(),
        action: z.enum([...COMPLIANCE_ACTIONS, 'dispute_reported']),
        by: z.object({ id: z.string(), email: z.string().nullable(), role: z.string().nullable() }),
        detail: z.record(z.string(), z.unknown()),
      }),
    ).openapi({ description: 'Who changed a consent or compliance fact, and when: opt-outs and opt-ins (by the holder, on a channel), changes recorded by people, disputes reported' }),
    ledger: ledgerJson,
    ledgerMore: z.object({ payments: z.boolean(), failedPayments: z.boolean(), promises: z.boolean(), plans: z.boolean() }),
    balanceSeries: z.array(z.object({ at: z.string(), balanceCents: z.number().int() })).openapi({ description: 'The balance each payment left, oldest first, then today\'s' }),
    contacts: more(
      contactAttemptJson.extend({
        decision: z.enum(['allow', 'defer', 'block']).openapi({ description: 'The latest compliance decision about this attempt' }),
        rule: z.string().nullable().openapi({ description: 'The compliance rule that decided' }),
        reasons: z.array(z.string()),
        profile: z.string().nullable().openapi({ description: 'The compliance profile that governed the decision' }),
      }),
    ),
    enrollments: more(
      enrollmentJson.extend({
        cadenceName: z.string().nullable(),
        version: z.number().int().nullable(),
        tierTaken: z.string().nullable().openapi({ description: 'The outcome a tier split chose (`tier-2`, `otherwise`), when the path went through one' }),
        path: z.array(z.object({ stepId: z.string(), kind: z.string().nullable(), outcome: z.string(), at: z.string() })),
        timeline: z.array(timelineEntry),
      }),
    ),
    tasks: more(z.object({ id: z.string(), queue: z.string(), priority: z.string(), note: z.string(), status: z.string(), dueAt: z.string(), createdAt: z.string(), closedAt: z.string().nullable(), enrollmentId: z.string().nullable() })),
  })
  .openapi('AccountStory');

export function accountStoryRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/accounts/{id}/story',
      tags: ['Accounts'],
      summary: 'One view of the customer: profile, balance and DPD, tier, compliance facts with who changed them, ledger, contacts with their decisions, enrollments with their path, agent tasks',
      description: 'Each list holds the latest `limit` entries (default 20) and says whether there are more. Read as GET /accounts/{id} is: your portfolios\' accounts by exact id (an agent\'s read is audited).',
      request: {
        params: z.object({ id: safeText().min(1).max(200) }),
        query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
      },
      responses: { 200: json(storyJson, 'The account\'s story'), 400: errorResponse('Invalid id or limit'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const { limit } = c.req.valid('query');
      const account = await getAccount(deps.db, id, await exactAccountScope(c, deps.db));
      if (!account) return notFound(c, 'account', 'Find it in the Accounts list, or create it with PUT /api/v1/accounts/{id}.');
      await auditAccountRead(c, deps.db, account.id);
      const now = deps.clock();
      // One more than shown: tells "there is more" without a count.
      const page = limit + 1;
      const [governingProfile, consumer, audit, events, offers, installments, contacts, enrollments, tasks] = await Promise.all([
        governingProfileOf(deps, account),
        account.consumerId ? listConsumerAccounts(deps.db, { consumerId: account.consumerId, exceptId: account.id, limit: page }, await readerScope(c, deps.db)) : Promise.resolve([]),
        listAudit(deps.db, { accountId: account.id, actions: COMPLIANCE_ACTIONS, limit: page }),
        listAccountEvents(deps.db, id),
        listPaymentOffers(deps.db, id),
        listPlanInstallments(deps.db, id),
        listContactAttempts(deps.db, { accountId: id, limit: Math.max(page, 500) }),
        listEnrollments(deps.db, { accountId: id, limit: page }),
        listAccountAgentTasks(deps.db, { accountId: id, limit: page }),
      ]);
      const notices = contacts.filter((a) => a.idempotencyKey.startsWith('notice:'));
      const ledger = ledgerView({ account, events, offers, installments, notices, now });
      // Newest first, as every other list of the page.
      const newest = <T extends { occurredAt: string }>(xs: T[]) => latest([...xs].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)), limit);
      const [payments, failedPayments, promises, plans] = [newest(ledger.payments), newest(ledger.failedPayments), newest(ledger.promises), latest([...ledger.plans].reverse(), limit)];

      const disputes = events
        .filter((e) => e.type === 'dispute')
        .map((e) => ({ at: e.occurredAt.toISOString(), action: 'dispute_reported' as const, by: { id: e.source, email: null, role: null }, detail: { eventId: e.eventId, ...e.payload } }));
      const changes = audit.map((a) => ({ at: a.at.toISOString(), action: a.action as (typeof COMPLIANCE_ACTIONS)[number], by: { id: a.actorId, email: a.actorEmail, role: a.actorRole }, detail: a.detail }));
      const complianceHistory = latest([...changes, ...disputes].sort((a, b) => b.at.localeCompare(a.at)), limit);

      const shownEnrollments = latest(enrollments, limit);
      const versionIds = [...new Set(shownEnrollments.items.map((e) => e.cadenceVersionId))];
      const cadenceIds = [...new Set(shownEnrollments.items.map((e) => e.cadenceId))];
      const [versions, cadences, timelines] = await Promise.all([
        Promise.all(versionIds.map((v) => getVersion(deps.db, v))),
        Promise.all(cadenceIds.map((cid) => getCadence(deps.db, cid))),
        Promise.all(shownEnrollments.items.map((e) => getTimeline(deps.db, e.id))),
      ]);
      const versionOf = new Map(versions.filter((v) => v !== null).map((v) => [v.id, v]));
      const nameOf = new Map(cadences.filter((x) => x !== null).map((x) => [x.id, x.name]));
      const storyEnrollments = shownEnrollments.items.map((e, i) => {
        const version = versionOf.get(e.cadenceVersionId);
        const timeline = timelines[i]!;
        const path = enrollmentPath(timeline, (version?.ir as CadenceIR | undefined) ?? null);
        return { ...toEnrollmentJson(e), cadenceName: nameOf.get(e.cadenceId) ?? null, version: version?.version ?? null, tierTaken: tierTaken(path), path, timeline };
      });

      const shownContacts = latest(contacts, limit);
      const decisions = await listContactDecisions(deps.db, { accountId: id, idempotencyKeys: shownContacts.items.map((a) => a.idempotencyKey) });
      const tier = account.attributes.tier;
      return c.json(
        {
          account: { ...account, governingProfile },
          dpd: daysPastDue(account, now.toISOString()),
          tier: tier === undefined || tier === null ? null : String(tier),
          consumerAccounts: {
            ...latest(consumer, limit),
            items: latest(consumer, limit).items.map((a) => ({ id: a.id, name: a.name, balanceCents: a.balanceCents, currency: a.currency, ...(a.portfolioId ? { portfolioId: a.portfolioId } : {}) })),
          },
          complianceHistory,
          ledger: { ...ledger, payments: payments.items, failedPayments: failedPayments.items, promises: promises.items, plans: plans.items },
          ledgerMore: { payments: payments.more, failedPayments: failedPayments.more, promises: promises.more, plans: plans.more },
          balanceSeries: balanceSeries(ledger.payments, { balanceCents: account.balanceCents, at: now.toISOString() }),
          contacts: {
            items: shownContacts.items.map((row) => {
              return { ...toContactJson(row), ...contactDecision(row, decisions) };
            }),
            more: shownContacts.more,
          },
          enrollments: { items: storyEnrollments, more: shownEnrollments.more },
          tasks: {
            items: latest(tasks, limit).items.map((t) => ({ id: t.id, queue: t.queue, priority: t.priority, note: t.note, status: t.status, dueAt: t.dueAt.toISOString(), createdAt: t.createdAt.toISOString(), closedAt: t.closedAt ? t.closedAt.toISOString() : null, enrollmentId: t.enrollmentId })),
            more: tasks.length > limit,
          },
        },
        200,
      );
    },
  );
  return r;
}
