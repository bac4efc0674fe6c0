import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { systemClock, type ApiDeps, type RouteDeps } from './deps';
import { onError, validationHook } from './errors';
import { allowAllPublishGate } from './publish-gate';
import { accountEventRoutes } from './routes/account-events';
import { accountRoutes } from './routes/accounts';
import { cadenceLifecycleRoutes } from './routes/cadence-lifecycle';
import { cadenceRoutes } from './routes/cadences';
import { enrollmentRoutes } from './routes/enrollments';
import { healthRoutes } from './routes/health';
import { nodeKindRoutes } from './routes/node-kinds';
import { outboxRoutes } from './routes/outbox';
import { versionLiveRoutes } from './routes/version-live';
import { versionRoutes } from './routes/versions';

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
export function createApp(deps: ApiDeps): OpenAPIHono {
  const routeDeps: RouteDeps = {
    ...deps,
    publishGate: deps.publishGate ?? allowAllPublishGate,
    clock: deps.clock ?? systemClock,
    irCache: new Map(),
  };
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound((c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}; the API is described at /docs` }, 404));

  const modules = [cadenceRoutes, versionRoutes, accountRoutes, enrollmentRoutes, accountEventRoutes, outboxRoutes, healthRoutes, nodeKindRoutes];
  // The editor's own resources (issue 3).
  modules.push(cadenceLifecycleRoutes, versionLiveRoutes);
  for (const routes of modules) {
    app.route('/api/v1', routes(routeDeps));
  }

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Kairos API',
      version: '1.0.0',
      description: 'Design debt-collection cadences as graphs, publish immutable versions, enroll accounts and report payments, promises and disputes.',
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
