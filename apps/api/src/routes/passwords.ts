// Setting a password: changing your own (the current one required; your other sessions end), and
// through a one-time link (an invitation or a password reset), after which you are signed in. The
// link routes are public: the token in the path is the key, and only its hash is stored.
import { createRoute, z } from '@hono/zod-openapi';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { changePassword, findPasswordLink, passwordHashOf, usePasswordLink, type PasswordLinkStatus } from '@kairos/db';
import { roleSchema } from '@kairos/review';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { hashLinkToken } from '../auth/password-link-token';
import { forgetSessions } from '../auth/session';
import { signInWithPassword } from '../auth/sign-in';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { userJson } from './auth';
import { actorOf } from './users';

const tags = ['People'];
const newPassword = z.string().min(12, 'must be at least 12 characters').max(128, 'must be at most 128 characters');
const tokenParam = z.object({ token: z.string().min(1).max(200).openapi({ param: { name: 'token', in: 'path' }, description: 'The token of the link, as it stands after /invite/ or /reset-password/' }) });

const linkJson = z
  .object({
    kind: z.enum(['invitation', 'password_reset']),
    name: z.string(),
    email: z.string(),
    role: roleSchema.nullable().openapi({ description: 'The role an invitation gives; null for a reset' }),
    expiresAt: z.string(),
  })
  .openapi('PasswordLink', { description: 'What a one-time link is for (its token is the key)' });

/** Why a link no longer works, as the person holding it should read it. */
const CLOSED: Record<Exclude<PasswordLinkStatus, 'open'>, { error: string; message: string }> = {
  used: { error: 'link_used', message: 'this link was used already: sign in with your email and the password you set' },
  expired: { error: 'link_expired', message: 'this link expired (links work for 24 hours): ask your admin for a new one' },
  revoked: { error: 'link_revoked', message: 'this link was withdrawn: ask your admin for a new one' },
  replaced: { error: 'link_replaced', message: 'a newer link was made for you: use the newest one, or ask your admin' },
};
const UNKNOWN = { error: 'link_not_found', message: 'this link is not valid: check that you copied all of it, or ask your admin for a new one' };

export function passwordRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'post',
      path: '/auth/password',
      tags,
      summary: 'Change your password: your current one is required; every other session of yours ends (this one stays signed in)',
      request: {
        body: { content: { 'application/json': { schema: z.object({ currentPassword: z.string().min(1, 'enter your current password').max(256), newPassword }) } } },
      },
      responses: {
        200: json(z.object({ changed: z.literal(true), sessionsRevoked: z.number().int() }), 'Changed'),
        400: errorResponse('Invalid body, a wrong current password (`wrong_password`) or the same password again'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const me = c.get('user')!;
      const hash = await passwordHashOf(deps.db, me.id);
      if (!hash || !(await verifyPassword({ hash, password: body.currentPassword }))) {
        return c.json({ error: 'wrong_password', message: 'the current password is wrong', issues: [{ field: 'currentPassword', message: 'is not your current password' }] }, 400);
      }
      if (body.newPassword === body.currentPassword) {
        return c.json({ error: 'invalid_request', message: 'the new password is your current one', issues: [{ field: 'newPassword', message: 'must differ from your current password' }] }, 400);
      }
      const result = await changePassword(deps.db, { userId: me.id, passwordHash: await hashPassword(body.newPassword), keepSessionId: c.get('sessionId') ?? null, actor: actorOf(me) });
      forgetSessions(c, { userId: me.id });
      return c.json({ changed: true as const, sessionsRevoked: result.sessionsRevoked }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/auth/password-links/{token}',
      tags,
      summary: 'What a one-time link is for (an invitation or a password reset), or why it no longer works',
      request: { params: tokenParam },
      responses: {
        200: json(linkJson, 'The link works'),
        404: errorResponse('No such link (`link_not_found`)'),
        410: errorResponse('Used (`link_used`), expired (`link_expired`), withdrawn (`link_revoked`) or replaced by a newer one (`link_replaced`)'),
      },
    }),
    async (c) => {
      const found = await findPasswordLink(deps.db, hashLinkToken(c.req.valid('param').token), deps.clock());
      if (!found) return c.json(UNKNOWN, 404);
      if (found.status !== 'open') return c.json(CLOSED[found.status], 410);
      const { link } = found;
      return c.json({ kind: link.kind, name: link.name, email: link.email, role: link.role, expiresAt: link.expiresAt.toISOString() }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/password-links/{token}',
      tags,
      summary: 'Set your password with a one-time link: an invitation makes your account, a reset replaces your password (ending every session); then you are signed in',
      request: { params: tokenParam, body: { content: { 'application/json': { schema: z.object({ password: newPassword }) } } } },
      responses: {
        200: json(z.object({ kind: linkJson.shape.kind, user: userJson, signedIn: z.boolean().openapi({ description: 'false: the password is set, but sign in yourself (e.g. too many attempts from this address)' }) }), 'Password set'),
        400: errorResponse('Invalid body'),
        403: errorResponse('The account is deactivated (`account_deactivated`)'),
        404: errorResponse('No such link (`link_not_found`)'),
        409: errorResponse('An account with this email exists already (`email_taken`)'),
        410: errorResponse('Used, expired, withdrawn or replaced'),
      },
    }),
    async (c) => {
      const { password } = c.req.valid('json');
      const tokenHash = hashLinkToken(c.req.valid('param').token);
      // A link that cannot work is answered before the (deliberately slow) password hash is made.
      const found = await findPasswordLink(deps.db, tokenHash, deps.clock());
      if (!found) return c.json(UNKNOWN, 404);
      if (found.status !== 'open') return c.json(CLOSED[found.status], 410);
      const result = await usePasswordLink(deps.db, { tokenHash, passwordHash: await hashPassword(password), now: deps.clock() });
      if (!result.ok) {
        if (result.reason === 'not-found') return c.json(UNKNOWN, 404);
        if (result.reason === 'email-taken') return c.json({ error: 'email_taken', message: 'an account with this email exists already: sign in, or ask your admin for a password-reset link' }, 409);
        if (result.reason === 'deactivated') return c.json({ error: 'account_deactivated', message: 'this account is deactivated: ask an admin to reactivate it' }, 403);
        return c.json(CLOSED[result.reason], 410);
      }
      forgetSessions(c, { userId: result.user.id });
      const signedIn = await signInWithPassword(c, deps.auth.baseURL, { email: result.user.email, password });
      return c.json({ kind: result.kind, user: result.user, signedIn: signedIn.ok }, 200);
    },
  );

  return r;
}
