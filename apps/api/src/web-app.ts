// The web app (apps/web's build) is served by the API server itself: one origin, so session cookies need no CORS.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serve a built single-page app from `root`: files as they are (hashed assets cached for a year),
 * and index.html for any other path that is not the API's, so deep links such as /cadences/42 load the app.
 */
export function mountWebApp(app: Hono<any>, root: string): void {
  const absolute = resolve(root);
  if (!existsSync(join(absolute, 'index.html'))) throw new Error(`no web app build in ${absolute} (index.html is missing)`);
  const isApiPath = (path: string) => path.startsWith('/api/') || path === '/openapi.json' || path.startsWith('/docs');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => (isApiPath(c.req.path) ? next() : serveStatic({ root: absolute })(c, next)));
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path) || c.req.path.includes('.')) return next();
    c.header('cache-control', 'no-cache');
    return serveStatic({ root: absolute, path: 'index.html' })(c, next);
  });
}
