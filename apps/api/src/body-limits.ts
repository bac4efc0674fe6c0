// Request bodies are limited per route class before authentication and before anything reads them:
// a request declaring too much is answered 413 at once, one streaming more than it declared is cut
// off at the limit (hono's bodyLimit), so nothing past the limit is ever buffered or parsed.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sizeInWords, type ApiLimits } from './limits';

export type BodyClass = 'json' | 'graph' | 'webhook' | 'form' | 'import';

const GRAPH_ROUTES: Array<{ method: string; path: RegExp }> = [
  { method: 'POST', path: /^\/api\/v1\/cadences\/?$/ },
  { method: 'PUT', path: /^\/api\/v1\/cadences\/[^/]+\/draft\/?$/ },
  // An audience may be a pasted list of up to 100,000 account ids: about as large as a big graph.
  { method: 'POST', path: /^\/api\/v1\/enrollments\/(preview|audience)\/?$/ },
];

/** Which limit a request's body falls under, from its method and path alone (no routing needed). */
export function bodyClassOf(method: string, path: string): BodyClass {
  if (path.startsWith('/api/v1/webhooks/')) return 'webhook';
  if (method === 'POST' && /^\/api\/v1\/imports\/?$/.test(path)) return 'import';
  if (GRAPH_ROUTES.some((r) => r.method === method && r.path.test(path))) return 'graph';
  if (path.startsWith('/api/v1/')) return 'json';
  return 'form';
}

const WHAT: Record<BodyClass, { bodies: string; env: string }> = {
  json: { bodies: 'bodies on this route are', env: 'KAIROS_LIMIT_JSON_BYTES' },
  graph: { bodies: 'cadence graphs (a cadence or its draft) and enrollment audiences are', env: 'KAIROS_LIMIT_GRAPH_BYTES' },
  webhook: { bodies: 'webhook bodies are', env: 'KAIROS_LIMIT_WEBHOOK_BYTES' },
  form: { bodies: 'forms on this page are', env: 'KAIROS_LIMIT_FORM_BYTES' },
  import: { bodies: 'files to import are', env: 'KAIROS_LIMIT_IMPORT_BYTES' },
};

const LIMIT_OF: Record<BodyClass, keyof ApiLimits> = { json: 'jsonBytes', graph: 'graphBytes', webhook: 'webhookBytes', form: 'formBytes', import: 'importBytes' };

/** One middleware for every route: the limit of the request's class, answered as JSON 413 `payload_too_large`. */
export function bodyLimits(limits: ApiLimits): MiddlewareHandler {
  const classes = Object.keys(WHAT) as BodyClass[];
  const handlers = Object.fromEntries(
    classes.map((cls) => {
      const size = sizeInWords(limits[LIMIT_OF[cls]]);
      const message = `${WHAT[cls].bodies} limited to ${size}; send less (the operator sets the limit with ${WHAT[cls].env})`;
      const tooLarge = (c: Context) => c.json({ error: 'payload_too_large', message, issues: [{ field: '(body)', message: `is larger than ${size}` }] }, 413);
      return [cls, bodyLimit({ maxSize: limits[LIMIT_OF[cls]], onError: tooLarge })];
    }),
  ) as Record<BodyClass, MiddlewareHandler>;
  return (c, next) => handlers[bodyClassOf(c.req.method, c.req.path)](c, next);
}
