// What every route checks before its own schemas see the request: path parameters and query values
// are text without control characters, and a JSON body is present when the route takes one, is JSON,
// and can be stored (no NUL or lone surrogates in keys or strings, nested at most `jsonDepth` deep).
// Routes get it from `newRouter`, so a new route cannot forget it; each refusal names its field.
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { hasControlCharacter, jsonShapeIssue, ONE_LINE_MESSAGE, unstorableText } from '@kairos/input';
import { DEFAULT_LIMITS } from './limits';
import type { AppEnv } from './router';

const invalid = (c: Context, what: string, field: string, message: string) =>
  c.json({ error: 'invalid_request', message: `the ${what} is invalid`, issues: [{ field, message }] }, 400);

const isJson = (contentType: string | undefined) => contentType !== undefined && /^application\/([a-z0-9.+-]+\+)?json(\s*;|$)/i.test(contentType.trim());

/** A field's name as the API's 400s spell it: `graph.nodes.3.data.config`. */
const fieldName = (path: ReadonlyArray<string | number>) => path.map(String).join('.') || '(body)';

const textProblem = (text: string) => (hasControlCharacter(text) ? ONE_LINE_MESSAGE : unstorableText(text));

async function bodyProblem(c: Context<AppEnv>, required: boolean): Promise<Response | undefined> {
  const contentType = c.req.header('content-type');
  const text = c.req.raw.body ? await c.req.text() : '';
  if (contentType === undefined && text === '') {
    return required ? invalid(c, 'body', '(body)', 'a JSON body is required: send it with content-type: application/json') : undefined;
  }
  if (!isJson(contentType)) {
    return c.json({ error: 'unsupported_media_type', message: `send the body as JSON with content-type: application/json (not ${contentType ?? 'none'})` }, 415);
  }
  if (text.trim() === '') return invalid(c, 'body', '(body)', 'the body is empty: send a JSON value');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return invalid(c, 'body', '(body)', `the body is not valid JSON (${(err as Error).message})`);
  }
  const issue = jsonShapeIssue(value, { maxDepth: c.get('limits')?.jsonDepth ?? DEFAULT_LIMITS.jsonDepth });
  return issue ? invalid(c, 'body', fieldName(issue.path), issue.message) : undefined;
}

/** The guard of one route: params and query always, the body when the route declares a JSON one. */
export function inputGuard(route: RouteConfig): MiddlewareHandler<AppEnv> {
  const body = route.request?.body;
  const takesJson = body !== undefined && Object.keys(body.content).some((type) => isJson(type));
  const required = body?.required !== false;
  return async (c, next) => {
    for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
      const problem = textProblem(value);
      if (problem) return invalid(c, 'path', name, problem);
    }
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (textProblem(name)) return invalid(c, 'query', '(query)', `a parameter name ${ONE_LINE_MESSAGE}`);
      const problem = values.map(textProblem).find(Boolean);
      if (problem) return invalid(c, 'query', name, problem);
    }
    if (takesJson) {
      const refused = await bodyProblem(c, required);
      if (refused) return refused;
    }
    await next();
  };
}

/** The route as registered: its JSON body required unless it says `required: false`, and guarded after its own middleware (roles first). */
export function withInputGuard<R extends RouteConfig>(route: R): R {
  const body = route.request?.body;
  const middleware = route.middleware === undefined ? [] : [route.middleware].flat();
  return {
    ...route,
    ...(body && route.request ? { request: { ...route.request, body: { ...body, required: body.required ?? true } } } : {}),
    middleware: [...middleware, inputGuard(route)],
  };
}

/**
 * The same check of path and query for the public pages outside the API (checkout and unsubscribe
 * links, the sandbox outbox page), which are plain Hono routes: a link whose token holds a control
 * character cannot name anything.
 */
export function pageInputGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith('/api/v1/')) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return invalid(c, 'path', '(path)', 'is not valid percent-encoded UTF-8');
    }
    if (textProblem(path)) return invalid(c, 'path', '(path)', ONE_LINE_MESSAGE);
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (textProblem(name) || values.some(textProblem)) return invalid(c, 'query', textProblem(name) ? '(query)' : name, ONE_LINE_MESSAGE);
    }
    await next();
  };
}
