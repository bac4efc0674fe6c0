// Portfolios: provider and credentials per book of accounts, and who collects it. Secrets are written
// here and never answered (only their names), nor logged; the audit log records which secrets changed,
// not to what. The collector's identity is public (every message names it): any signed-in role reads it.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { collectorIdentitySchema } from '@kairos/cadence';
import { appendAudit, getPortfolio, readsPortfolio, listPortfolios, portfolioCollector, secretNames, setCollectorIdentity, upsertPortfolio, type PortfolioRow } from '@kairos/db';
import { outboundSettingsSchema } from '@kairos/outbound';
import { channelRoutingSchema, providerPolicy, providerSecretNames, providerSettingsIssues, providerSettingsShape, providerWebhookUrls } from '@kairos/providers';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import { forgetPortfolio } from '../portfolio-secrets';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

const tags = ['Portfolios'];
const idParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a portfolio id such as default or cards-2026').openapi({ param: { name: 'id', in: 'path' }, example: 'default' }) });

// Strict, as the body: the settings choose the compliance profile of a book of accounts, and a misspelt key must be an
// error; the destinations it names are held to its own outbound policy as it is saved.
const settingsSchemaFor = (opts: { allowLoopback: boolean }) => z
  .strictObject({
    // Which provider serves each channel, and each provider's block, as the providers declare them.
    channels: channelRoutingSchema,
    ...providerSettingsShape,
    sandbox: z
      .union([z.literal(true), providerSettingsShape.sandbox.unwrap()])
      .optional()
      .openapi({ description: "`true`: a sandbox portfolio of test accounts (every send goes to the outbox, strategists may create its accounts); an object: the sandbox provider's settings" }),
    holdContactWhilePromiseOpen: z
      .boolean()
      .optional()
      .openapi({ description: 'Contact steps wait while a promise to pay is open (until kept, or broken after its date + 1 grace day); absent: on' }),
    receiptWaitSeconds: z.number().int().min(0).max(300).optional(),
    complianceProfile: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "The compliance profile of this book's accounts (an account's own `compliance.profile` overrides it); absent: the configured default" }),
    collector: collectorIdentitySchema
      .optional()
      .openapi({ description: 'Who collects this book (see PUT /portfolios/{id}/collector); absent: the stored identity is kept' }),
    outbound: outboundSettingsSchema
      .optional()
      .openapi({ description: 'Hosts the webhook steps, custom nodes and providers of this book may call besides the providers\' own (api.twilio.com): https only, never private addresses' }),
  })
  .superRefine((s, ctx) => {
    for (const issue of providerSettingsIssues(s, providerPolicy(s.outbound, opts))) ctx.addIssue({ code: 'custom', ...issue });
  });
const secret = z.string().min(8, 'a secret has at least 8 characters').max(500).nullable();
// The providers' secrets and the payment processors' (see payment-webhooks).
const portfolioSecretNames = [...providerSecretNames, 'stripeWebhookSecret', 'paymentsWebhookSecret'] as const;
const secretsSchema = z
  .object(Object.fromEntries(portfolioSecretNames.map((name) => [name, secret])) as Record<(typeof portfolioSecretNames)[number], typeof secret>)
  .partial()
  .strict()
  .openapi({ description: 'Write-only: a value sets the secret, null removes it, a secret left out keeps its value. Never answered.' });

const portfolioJson = z
  .object({
    id: z.string(),
    name: z.string(),
    settings: z.record(z.string(), z.unknown()),
    secretsSet: z.array(z.string()).openapi({ description: 'Names of the secrets that are set (never their values)' }),
    webhooks: z.record(z.string(), z.string()).openapi({ description: 'The URLs to give Twilio, Stripe and other processors' }),
    updatedAt: z.string(),
  })
  .openapi('Portfolio');

// Built with this package's `z` (schemas from other packages cannot take `.openapi()` under vitest's module loading).
const collectorJson = z
  .object({
    portfolioId: z.string(),
    collector: z
      .object(collectorIdentitySchema.shape)
      .nullable()
      .openapi({ description: 'Names, phone, mailing address, hours, website and licences per state; null when none is set' }),
    sendsAllowed: z.boolean().openapi({ description: 'False: every send for this portfolio is refused until a complete identity is set' }),
    problem: z.string().nullable().openapi({ description: 'Why sends are refused, when they are' }),
  })
  .openapi('PortfolioCollector');

export function portfolioWebhookUrls(publicUrl: string, id: string) {
  const base = `${publicUrl.replace(/\/$/, '')}/api/v1/webhooks`;
  return { ...providerWebhookUrls(publicUrl, id), stripe: `${base}/stripe/${id}`, payments: `${base}/payments/${id}` };
}

export function portfolioRoutes(deps: RouteDeps) {
  const r = newRouter();
  const settingsSchema = settingsSchemaFor({ allowLoopback: deps.outboundAllowLoopback });
  const toJson = (p: PortfolioRow) => ({
    id: p.id,
    name: p.name,
    settings: p.settings as unknown as Record<string, unknown>,
    secretsSet: secretNames(p),
    webhooks: portfolioWebhookUrls(deps.auth.baseURL, p.id),
    updatedAt: p.updatedAt.toISOString(),
  });
  r.openapi(
    guardedRoute(['engineer', 'admin'], { method: 'get', path: '/portfolios', tags, summary: 'Portfolios and their channel providers (secrets are never shown)', responses: { 200: json(z.array(portfolioJson), 'Portfolios') } }),
    // Portfolios the caller reads only: an engineer narrowed to some books does not see the others' settings.
    async (c) => {
      const scope = await readerScope(c, deps.db);
      return c.json((await listPortfolios(deps.db)).filter((p) => readsPortfolio(scope, p.id)).map(toJson), 200);
    },
  );
  r.openapi(
    guardedRoute(['engineer', 'admin'], {
      method: 'get', path: '/portfolios/{id}', tags, summary: 'One portfolio, with the webhook URLs to configure at the providers',
      request: { params: idParam }, responses: { 200: json(portfolioJson, 'The portfolio'), 404: errorResponse('No such portfolio') },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const p = readsPortfolio(await readerScope(c, deps.db), id) ? await getPortfolio(deps.db, id) : null;
      return p ? c.json(toJson(p), 200) : notFound(c, 'portfolio', 'List yours with GET /api/v1/portfolios.');
    },
  );
  r.openapi(
    guardedRoute(['admin'], {
      method: 'put', path: '/portfolios/{id}', tags, summary: 'Create or change a portfolio: which provider serves each channel, and its credentials',
      description: 'Accounts name their portfolio in `portfolioId` (default `default`). Channels not named go to the sandbox.',
      request: { params: idParam, body: { content: { 'application/json': { schema: z.strictObject({ name: safeText().min(1).max(200), settings: settingsSchema, secrets: secretsSchema.optional() }) } } } },
      responses: { 200: json(portfolioJson, 'Changed'), 201: json(portfolioJson, 'Created'), 400: errorResponse('Invalid settings: the issues name each field') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const profile = body.settings.complianceProfile;
      if (profile !== undefined && !deps.complianceProfiles.has(profile)) {
        const known = [...deps.complianceProfiles.keys()].join(', ');
        return c.json({ error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'settings.complianceProfile', message: `unknown profile "${profile}": use one of ${known}` }] }, 400);
      }
      forgetPortfolio(deps.db, id);
      const { portfolio, created } = await upsertPortfolio(deps.db, { id, name: body.name, settings: body.settings, ...(body.secrets ? { secrets: body.secrets } : {}) });
      const user = c.get('user')!;
      await appendAudit(deps.db, {
        actor: { id: user.id, email: user.email, role: user.role },
        action: 'portfolio_change',
        detail: {
          portfolioId: id,
          created,
          providers: body.settings.channels,
          complianceProfile: profile ?? null,
          allowedHosts: body.settings.outbound?.allowedHosts ?? [],
          secretsChanged: Object.keys(body.secrets ?? {}).sort(),
        },
      });
      forgetPortfolio(deps.db, id);
      return c.json(toJson(portfolio), created ? 201 : 200);
    },
  );
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get', path: '/portfolios/{id}/collector', tags, summary: "Who collects a portfolio's accounts, as its messages, disclosures, checkout page and letters name it",
      request: { params: idParam }, responses: { 200: json(collectorJson, 'The identity, or null with why sends are refused'), 404: errorResponse('A portfolio you do not read') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!readsPortfolio(await readerScope(c, deps.db), id)) return notFound(c, 'portfolio', 'Ask an admin to add it to the portfolios you read.');
      const [row, read] = await Promise.all([getPortfolio(deps.db, id), portfolioCollector(deps.db, id)]);
      const stored = row?.settings.collector ?? null;
      return c.json({ portfolioId: id, collector: stored, sendsAllowed: 'identity' in read, problem: 'problem' in read ? read.problem : null }, 200);
    },
  );
  r.openapi(
    guardedRoute(['admin'], {
      method: 'put', path: '/portfolios/{id}/collector', tags, summary: "Set who collects a portfolio's accounts (creates the portfolio, on the sandbox, if it does not exist)",
      description: 'Sends for a portfolio without a complete identity are refused. Provider settings are left as they are.',
      request: { params: idParam, body: { content: { 'application/json': { schema: collectorIdentitySchema } } } },
      responses: { 200: json(collectorJson, 'Changed'), 201: json(collectorJson, 'Created with the portfolio'), 400: errorResponse('Invalid identity: the issues name each field') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const collector = c.req.valid('json');
      forgetPortfolio(deps.db, id);
      const { created } = await setCollectorIdentity(deps.db, id, collector);
      const user = c.get('user')!;
      await appendAudit(deps.db, {
        actor: { id: user.id, email: user.email, role: user.role },
        action: 'portfolio_change',
        detail: { portfolioId: id, created, collector: { legalName: collector.legalName, displayName: collector.displayName } },
      });
      return c.json({ portfolioId: id, collector, sendsAllowed: true, problem: null }, created ? 201 : 200);
    },
  );
  return r;
}
