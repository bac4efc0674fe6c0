// Sign-in, sign-out and "who am I". Passwords are checked by better-auth (auth/sign-in.ts); the
// answer is Kairos's contract: 200 { user } + session cookie, or 401 / 403 / 429 saying why.
import { createRoute, z } from '@hono/zod-openapi';
import { roleSchema } from '@kairos/review';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { forgetSessions, sessionOf } from '../auth/session';
import { forwardedHeaders, internalAuthUrl, passOnAuthHeaders, signInWithPassword } from '../auth/sign-in';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

const tags = ['People'];
export const userJson = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: roleSchema })
  .openapi('User', { description: 'A person who signs in, with their role' });
const signedIn = z.object({ user: userJson }).openapi('SignedIn');

export function authRoutes(deps: RouteDeps) {
  const r = newRouter();

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
        403: errorResponse('Cross-site request refused, or the account is deactivated (`account_deactivated`, said only after a right password)'),
        429: errorResponse('Too many attempts from this address: wait a minute'),
      },
    }),
    async (c) => {
      const outcome = await signInWithPassword(c, deps.auth.baseURL, c.req.valid('json'));
      if (!outcome.ok) return c.json({ error: outcome.error, message: outcome.message }, outcome.status);
      return c.json({ user: outcome.user }, 200);
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
        const res = await c.get('auth').handler(new Request(internalAuthUrl(deps.auth.baseURL, '/sign-out'), { method: 'POST', headers, body: '{}' }));
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
      responses: { 200: json(z.object({ user: z.union([userJson, z.null()]) }).openapi('Session'), 'The signed-in user, or null') },
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
