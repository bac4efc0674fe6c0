// Sign-in, sign-out and "who am I". Passwords are checked by better-auth (rate-limited per client
// address); the answer is reshaped into Kairos's contract: 200 { user } + session cookie, or 401.
import { createRoute, z } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { AUTH_INTERNAL_PATH, CLIENT_IP_HEADER } from '../auth/auth';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { forgetSessions, sessionOf } from '../auth/session';
import type { RouteDeps } from '../deps';
import { newRouter, type AppEnv } from '../router';
import { errorResponse, json } from '../schemas';
import { roleSchema } from '@kairos/review';

const tags = ['People'];
export const userJson = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: roleSchema })
  .openapi('User', { description: 'A person who signs in, with their role' });
const signedIn = z.object({ user: userJson }).openapi('SignedIn');

/** Headers better-auth needs to judge the request (origin checks, session) — and the client address we saw. */
function forwardedHeaders(c: Context<AppEnv>): Headers {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of ['cookie', 'authorization', 'origin', 'referer', 'user-agent', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest']) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  try {
    const address = getConnInfo(c).remote.address;
    if (address) headers.set(CLIENT_IP_HEADER, address);
  } catch {
    // Not served by the Node server (app.request in tests): no address to count by.
  }
  return headers;
}

function passOnAuthHeaders(c: Context<AppEnv>, res: Response): void {
  for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
  const token = res.headers.get('set-auth-token');
  if (token) c.header('set-auth-token', token);
}

export function authRoutes(deps: RouteDeps) {
  const r = newRouter();
  const internal = (path: string) => `${new URL(deps.auth.baseURL).origin}${AUTH_INTERNAL_PATH}${path}`;

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-in',
      tags,
      summary: 'Sign in with email and password: sets the session cookie (and answers its token in `set-auth-token` for scripts)',
      request: {
        body: { content: { 'application/json': { schema: z.object({ email: z.email().max(254), password: z.string().min(1).max(128, 'is longer than any password Kairos accepts (128 characters)') }) } } },
      },
      responses: {
        200: json(signedIn, 'Signed in'),
        400: errorResponse('Invalid body'),
        401: errorResponse('Wrong email or password (`invalid_credentials`)'),
        403: errorResponse('Cross-site request refused'),
        429: errorResponse('Too many attempts from this address: wait a minute'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const res = await c.get('auth').handler(
        new Request(internal('/sign-in/email'), { method: 'POST', headers: forwardedHeaders(c), body: JSON.stringify({ ...body, rememberMe: true }) }),
      );
      if (res.status === 401) {
        return c.json({ error: 'invalid_credentials', message: 'wrong email or password: check both and try again' }, 401);
      }
      if (res.status === 429) return c.json({ error: 'too_many_attempts', message: 'too many sign-in attempts from this address: wait a minute and try again' }, 429);
      if (res.status === 403) return c.json({ error: 'forbidden', message: 'cross-site sign-in refused: sign in from the Kairos web app' }, 403);
      if (!res.ok) throw new Error(`sign-in failed inside the auth library: ${res.status} ${await res.text()}`);
      const answer = (await res.json()) as { user: { id: string; name: string; email: string; role: unknown } };
      const role = roleSchema.safeParse(answer.user.role);
      if (!role.success) return c.json({ error: 'invalid_credentials', message: 'this account has no Kairos role: ask an admin to give it one' }, 401);
      passOnAuthHeaders(c, res);
      return c.json({ user: { id: answer.user.id, name: answer.user.name, email: answer.user.email, role: role.data } }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-out',
      tags,
      summary: 'Sign out: ends the session and clears the cookie (signed out already is fine)',
      responses: { 200: json(z.object({ signedOut: z.literal(true) }), 'Signed out'), 403: errorResponse('Cross-site request refused') },
    }),
    async (c) => {
      const headers = forwardedHeaders(c);
      forgetSessions(c, { thisCredential: true });
      if (headers.has('cookie') || headers.has('authorization')) {
        const res = await c.get('auth').handler(new Request(internal('/sign-out'), { method: 'POST', headers, body: '{}' }));
        passOnAuthHeaders(c, res);
      }
      return c.json({ signedOut: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/auth/session',
      tags,
      summary: 'The session, if any: { user } when signed in, { user: null } when not (never 401, so a first visit logs no error)',
      responses: { 200: json(z.object({ user: userJson.nullable() }).openapi('Session'), 'The signed-in user, or null') },
    }),
    async (c) => c.json({ user: (await sessionOf(c)) ?? null }, 200),
  );

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/me',
      tags,
      summary: 'Who is signed in, and their role',
      responses: { 200: json(signedIn, 'The signed-in user') },
    }),
    (c) => c.json({ user: c.get('user')! }, 200),
  );
  return r;
}
