import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { complianceProfiles, DEFAULT_PROFILE_ID } from '@kairos/compliance';
import { ComplianceProfileCatalog } from '@kairos/db';
import { log } from '@kairos/logging';
import { loopbackAllowance } from '@kairos/outbound/node';
import { BEARER_SCHEME, SESSION_COOKIE_SCHEME } from './auth/access';
import { createAuth } from './auth/auth';
import { originCheck } from './auth/origin-check';
import { systemClock, type ApiDeps, type RouteDeps } from './deps';
import { bodyLimits } from './body-limits';
import { errorHandler, validationHook } from './errors';
import { requestLog } from './request-log';
import { pageInputGuard } from './input-guard';
import { DEFAULT_LIMITS } from './limits';
import type { AppEnv } from './router';
import { accountEventRoutes } from './routes/account-events';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { complianceRoutes } from './routes/compliance';
import { designRoutes } from './routes/design';
import { reviewRoutes } from './routes/reviews';
import { userRoutes } from './routes/users';
import { peopleAccessRoutes } from './routes/people-access';
import { invitationRoutes } from './routes/invitations';
import { passwordRoutes } from './routes/passwords';
import { accountRoutes } from './routes/accounts';
import { cadenceLifecycleRoutes } from './routes/cadence-lifecycle';
import { cadenceRoutes } from './routes/cadences';
import { enrollmentRoutes } from './routes/enrollments';
import { enrollmentControlRoutes } from './routes/enrollment-control';
import { autoEnrollmentRoutes } from './routes/auto-enrollment';
import { audienceEnrollmentRoutes } from './routes/audience-enrollments';
import { healthRoutes } from './routes/health';
import { nodeKindRoutes } from './routes/node-kinds';
import { outboxRoutes } from './routes/outbox';
import { versionLiveRoutes } from './routes/version-live';
import { versionRoutes } from './routes/versions';
import { entryMatchRoutes } from './routes/entry-matches';
import { dashboardRoutes } from './routes/dashboard';
import { analyticsProjectionRoutes } from './routes/analytics-projection';
import { experimentRoutes } from './routes/experiments';
import { checkoutRoutes } from './routes/checkout';
import { outboxPageRoutes } from './routes/outbox-page';
import { ledgerRoutes } from './routes/ledger';
import { accountStoryRoutes } from './routes/account-story';
import { paymentWebhookRoutes } from './routes/payment-webhooks';
import { providerWebhookRoutes } from './routes/provider-webhooks';
import { outboundRoutes } from './routes/outbound';
import { portfolioRoutes } from './routes/portfolios';
import { portfolioPolicyRoutes } from './routes/portfolio-policies';
import { sandboxRoutes } from './routes/sandbox';
import { unsubscribeRoutes } from './routes/unsubscribe';
import { importRoutes } from './routes/imports';

// The reference page's script is served from here, not a CDN: Kairos runs on machines without internet.
// Its package exports no path to the browser bundle, so find it beside the package entry.
const scalarScript = () => {
  const entry = createRequire(import.meta.url).resolve('@scalar/api-reference');
  return readFileSync(join(dirname(entry), 'browser', 'standalone.js'));
};

// An hourglass: Kairos is about the right moment.
const KAIROS_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0f766e"/>' +
  '<path d="M10 7h12M10 25h12M11 7c0 6 10 6 10 9s-10 3-10 9M21 7c0 6-10 6-10 9s10 3 10 9" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round"/></svg>';

/** The Kairos HTTP API: every route under /api/v1, its OpenAPI document at /openapi.json, a reference at /docs. */
export function createApp(deps: ApiDeps): OpenAPIHono<AppEnv> {
  const profileCatalog = new ComplianceProfileCatalog(deps.db, deps.complianceProfiles ?? complianceProfiles);
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const routeDeps: RouteDeps = {
    ...deps,
    limits,
    complianceProfiles: profileCatalog,
    profileCatalog,
    defaultComplianceProfile: deps.defaultComplianceProfile ?? DEFAULT_PROFILE_ID,
    clock: deps.clock ?? systemClock,
    notices: deps.notices ?? true,
    logger: deps.logger ?? log(),
    outboundAllowLoopback: loopbackAllowance(deps.outboundAllowLoopback),
    irCache: new Map(),
  };
  const auth = createAuth(deps.db, deps.auth, routeDeps.logger);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(routeDeps.logger));
  app.use('*', requestLog(routeDeps.logger));
  app.notFound((c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}; the API is described at /docs` }, 404));
  // Before anything else, sign-in included: an oversized body is refused unread.
  app.use('*', bodyLimits(limits));
  app.use('*', async (c, next) => {
    c.set('limits', limits);
    await next();
  });
  app.use('*', pageInputGuard());
  app.use('/api/v1/*', async (c, next) => {
    c.set('auth', auth);
    // Profiles stored through another instance arrive within the catalog's TTL (one query per TTL at most).
    await profileCatalog.refresh();
    await next();
  });
  app.use('/api/v1/*', originCheck());
  // The sandbox outbox page is signed in like the API (cookie) and refuses cross-site changes the same way.
  app.use('/sandbox/*', async (c, next) => {
    c.set('auth', auth);
    await next();
  });
  app.use('/sandbox/*', originCheck());

  const modules = [
    authRoutes,
    passwordRoutes,
    userRoutes,
    peopleAccessRoutes,
    invitationRoutes,
    cadenceRoutes,
    versionRoutes,
    entryMatchRoutes,
    reviewRoutes,
    designRoutes,
    auditRoutes,
    accountRoutes,
    audienceEnrollmentRoutes,
    enrollmentRoutes,
    enrollmentControlRoutes,
    autoEnrollmentRoutes,
    accountEventRoutes,
    outboxRoutes,
    sandboxRoutes,
    ledgerRoutes,
    accountStoryRoutes,
    portfolioRoutes,
    portfolioPolicyRoutes,
    outboundRoutes,
    providerWebhookRoutes,
    paymentWebhookRoutes,
    complianceRoutes,
    healthRoutes,
    nodeKindRoutes,
    // What the editor needs beyond drawing: renaming, archiving, duplicating, and a version's live counts.
    cadenceLifecycleRoutes,
    versionLiveRoutes,
    // Experiments and KPIs, and the projection that keeps their figures current.
    experimentRoutes,
    dashboardRoutes,
    analyticsProjectionRoutes,
    // Accounts from a creditor's CSV file, imported in the background.
    importRoutes,
  ];
  for (const routes of modules) {
    app.route('/api/v1', routes(routeDeps));
  }

  // The sandbox checkout behind payment links: public pages, the link's token is the key.
  app.route('/', checkoutRoutes(routeDeps));
  app.route('/', outboxPageRoutes(routeDeps));
  // Email unsubscribe links: public, the signed token is the key.
  app.route('/', unsubscribeRoutes(routeDeps));

  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_COOKIE_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: 'kairos.session_token',
    description: 'The httpOnly session cookie set by POST /api/v1/auth/sign-in. Changes sent with it must carry a trusted Origin header (browsers do).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'For scripts and dialers: the signed session token answered in the `set-auth-token` header of POST /api/v1/auth/sign-in, as it is (a session token without its signature is refused).',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Kairos API',
      version: '1.0.0',
      description:
        'Design debt-collection cadences as graphs, have them approved by compliance, publish immutable versions, enroll accounts and report payments, promises and disputes. ' +
        'Every route but health and sign-in needs a session; each route lists the roles that may call it.',
    },
  });
  let script: Buffer | undefined;
  app.get('/docs/scalar.js', (c) => {
    script ??= scalarScript();
    return c.body(new Uint8Array(script), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  });
  // withDefaultFonts: false, or the page asks fonts.scalar.com for its fonts (no internet here).
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Kairos API', cdn: '/docs/scalar.js', withDefaultFonts: false, favicon: '/favicon.svg' }));
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, (c) => c.body(KAIROS_ICON, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }));
  }
  return app;
}
