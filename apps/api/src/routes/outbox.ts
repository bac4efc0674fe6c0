import { z } from '@hono/zod-openapi';
import { INSTANT_MESSAGE, isInstant, safeText } from '@kairos/input';
import { outcomeSchema } from '@kairos/compliance';
import {
  decideAndRecordExternalContact,
  decideOnLedger,
  decideSend,
  getAccount,
  historyDaysFor,
  listContactAttempts,
  listOutbox,
  recordExternalContact,
  type LedgerDecision,
} from '@kairos/db';
import { ANY_ROLE, DESIGN_READERS, guardedRoute } from '../auth/access';
import { exactAccountScope, readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { contactAttemptJson, contactStatusSchema, errorResponse, json, limitQuery as limit, outboxMessageJson, toContactJson, toOutboxJson } from '../schemas';

const tags = ['Messages'];
// Built with this package's z (to take .openapi()); the rule is @kairos/input's: an offset, and a year Kairos can store.
const instant = z.iso.datetime({ offset: true, error: INSTANT_MESSAGE, abort: true }).refine(isInstant, INSTANT_MESSAGE);
/**
 * Contact channels as agents and dialers name them: `call` is canonical (the word of
 * /compliance/evaluate), `voice` (the cadence step's channel) an accepted alias. Telephone calls
 * are stored, and listed by GET /contacts, under the cadence name `voice`.
 */
const contactChannel = z
  .enum(['call', 'voice', 'voicemail', 'sms', 'email', 'whatsapp', 'push', 'letter'])
  .openapi({ description: '`call` (alias `voice`), voicemail, sms, email, whatsapp, push or letter' });
const stored = (channel: z.infer<typeof contactChannel>) => (channel === 'call' ? 'voice' : channel);
const decisionJson = z
  .object({
    decision: z.enum(['allow', 'defer', 'block']),
    until: z.string().optional().openapi({ description: 'With defer: the earliest instant (ISO-8601 UTC) the contact is allowed' }),
    rule: z.string(),
    reasons: z.array(z.string()),
    profile: z.string().openapi({ description: 'The compliance profile that governs the account' }),
  })
  .openapi('LedgerDecision');

/** What Kairos sent: the sandbox provider's outbox (for demos and tests) and the contact ledger of every provider and agent. */
export function outboxRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/outbox',
      tags,
      summary: 'What the sandbox channel provider sent, newest first',
      request: { query: z.object({ accountId: z.string().optional(), search: z.string().max(200).optional(), limit }) },
      responses: { 200: json(z.array(outboxMessageJson), 'Messages'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listOutbox(deps.db, c.req.valid('query'), await readerScope(c, deps.db))).map(toOutboxJson), 200),
  );
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/contacts',
      tags,
      summary: 'Contact attempts across providers and agents (the ledger compliance reads), newest first',
      description:
        'Operations check `?status=outcome_unknown`: messages that may have reached the customer because a worker stopped while the provider was ' +
        'being called. They are never sent again, count as contacts for compliance, and the provider\'s status report settles them.',
      request: { query: z.object({ accountId: z.string().optional(), enrollmentId: z.string().optional(), status: contactStatusSchema.optional(), limit }) },
      responses: { 200: json(z.array(contactAttemptJson), 'Contact attempts'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listContactAttempts(deps.db, c.req.valid('query'), await readerScope(c, deps.db))).map(toContactJson), 200),
  );
  const decideFor = (channel: string) => (ctx: Parameters<typeof decideSend>[3] & { at: Date }): LedgerDecision =>
    decideSend(deps.complianceProfiles, channel, ctx.at, ctx, deps.defaultComplianceProfile);

  r.openapi(
    guardedRoute(['agent', 'compliance_officer', 'engineer', 'admin'], {
      method: 'post',
      path: '/contacts/check',
      tags,
      summary: 'May an agent contact this account now? allow, defer until an instant, or block, over the stored contact history and account facts',
      description:
        'The decision the worker makes before every send, over every cadence\'s and agent\'s attempts in the database and the account\'s ' +
        'compliance facts, under the profile that governs it. Nothing is recorded: report the call with POST /api/v1/contacts, which decides again.',
      request: { body: { content: { 'application/json': { schema: z.object({ accountId: safeText().min(1).max(200), channel: contactChannel, at: instant.optional().openapi({ description: 'Default: now' }) }) } } } },
      responses: { 200: json(decisionJson, 'The decision'), 400: errorResponse('Invalid body'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!(await getAccount(deps.db, body.accountId, await exactAccountScope(c, deps.db)))) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      const decision = await decideOnLedger(deps.db, {
        accountId: body.accountId,
        at: body.at ? new Date(body.at) : deps.clock(),
        historyDays: historyDaysFor(deps.complianceProfiles),
        decide: decideFor(stored(body.channel)),
      });
      return decision ? c.json(decision, 200) : notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
    },
  );

  r.openapi(
    guardedRoute(['agent', 'engineer', 'admin'], {
      method: 'post',
      path: '/contacts',
      tags,
      summary: 'Record a contact made outside Kairos (an agent\'s call and how it ended), decided first: it counts toward every later decision',
      description:
        'The contact is decided against the stored ledger (as POST /contacts/check) and recorded in the same transaction; a decision that does not allow it ' +
        'answers 409 with the rule and reasons and records only the decision. A call that already happened is recorded without a decision when ' +
        '`alreadyHappened` is true (a report after the fact must not be lost). `idempotencyKey` makes a retried report count once.',
      request: {
        body: {
          content: {
            'application/json': {
              // Strict: a recorded contact counts toward every later compliance decision.
              schema: z.strictObject({
                idempotencyKey: safeText().min(1).max(200),
                accountId: safeText().min(1).max(200),
                channel: contactChannel,
                outcome: outcomeSchema,
                at: instant,
                note: safeText({ multiline: true }).max(2000).optional(),
                alreadyHappened: z.boolean().default(false).openapi({ description: 'True: the contact took place already; record it without deciding' }),
              }),
            },
          },
        },
      },
      responses: {
        201: json(contactAttemptJson, 'Recorded'),
        200: json(contactAttemptJson, 'Already recorded under this key'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such account'),
        409: json(z.object({ error: z.literal('contact_refused'), message: z.string(), decision: decisionJson }), 'Compliance does not allow this contact now: nothing but the decision was recorded'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!(await getAccount(deps.db, body.accountId, await exactAccountScope(c, deps.db)))) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      // The same contact whether it is decided first or only recorded (it already took place).
      const contact = {
        idempotencyKey: body.idempotencyKey,
        accountId: body.accountId,
        channel: stored(body.channel),
        outcome: body.outcome,
        at: new Date(body.at),
        provider: `agent:${c.get('user')!.id}`,
        ...(body.note !== undefined ? { note: body.note } : {}),
      };
      if (!body.alreadyHappened) {
        const result = await decideAndRecordExternalContact(deps.db, {
          ...contact,
          historyDays: historyDaysFor(deps.complianceProfiles),
          decide: decideFor(stored(body.channel)),
        });
        switch (result.kind) {
          case 'no-account':
            return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
          case 'existing':
            return c.json(toContactJson(result.attempt), 200);
          case 'recorded':
            return c.json(toContactJson(result.attempt), 201);
          case 'refused': {
            const d = result.decision;
            const when = d.decision === 'defer' ? ` before ${d.until}` : '';
            return c.json({ error: 'contact_refused' as const, message: `compliance does not allow this ${body.channel}${when} (${d.rule}); if it already took place, send "alreadyHappened": true`, decision: d }, 409);
          }
        }
      }
      const { attempt, existing } = await recordExternalContact(deps.db, contact);
      return c.json(toContactJson(attempt), existing ? 200 : 201);
    },
  );
  return r;
}
