// Whether a person may sign in, for admins: deactivate and reactivate, sign someone out everywhere,
// and send a password-reset link. Each takes effect on the person's next request (their sessions are
// deleted with the change) and is audited in the same transaction.
import { z } from '@hono/zod-openapi';
import { deactivateUser, getPerson, issuePasswordReset, reactivateUser, signOutEverywhere } from '@kairos/db';
import { guardedRoute } from '../auth/access';
import { LINK_LIFETIME_MS, newLinkToken, passwordLinkUrl } from '../auth/password-link-token';
import { forgetSessions } from '../auth/session';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { ADMINS, actorOf, noUserHint, personJson, toPersonJson, userIdParam } from './users';

const tags = ['People'];
const changed = (description: string) =>
  json(z.object({ user: personJson, sessionsRevoked: z.number().int().openapi({ description: 'Sessions ended by this change' }) }), description);

export function peopleAccessRoutes(deps: RouteDeps) {
  const r = newRouter();
  const person = async (id: string) => toPersonJson((await getPerson(deps.db, id))!);

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users/{id}/deactivate',
      tags,
      summary: 'Deactivate a person: they cannot sign in, and every session of theirs (cookies and bearer tokens) ends at once',
      request: { params: userIdParam },
      responses: {
        200: changed('Deactivated (or already)'),
        404: errorResponse('No such user'),
        409: errorResponse('You cannot deactivate yourself (`cannot_deactivate_self`), nor the last active admin (`last_admin`)'),
      },
    }),
    async (c) => {
      const result = await deactivateUser(deps.db, { userId: c.req.valid('param').id, actor: actorOf(c.get('user')!) });
      if (!result.ok) {
        if (result.reason === 'not-found') return notFound(c, 'user', noUserHint);
        if (result.reason === 'self') return c.json({ error: 'cannot_deactivate_self', message: 'you cannot deactivate yourself: ask another admin' }, 409);
        return c.json({ error: 'last_admin', message: 'this is the last active admin: make someone else an admin first' }, 409);
      }
      forgetSessions(c, { userId: result.user.id });
      return c.json({ user: await person(result.user.id), sessionsRevoked: result.sessionsRevoked }, 200);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users/{id}/reactivate',
      tags,
      summary: 'Reactivate a person: they sign in again with their password',
      request: { params: userIdParam },
      responses: { 200: changed('Reactivated (or active already)'), 404: errorResponse('No such user') },
    }),
    async (c) => {
      const result = await reactivateUser(deps.db, { userId: c.req.valid('param').id, actor: actorOf(c.get('user')!) });
      if (!result.ok) return notFound(c, 'user', noUserHint);
      return c.json({ user: await person(result.user.id), sessionsRevoked: 0 }, 200);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users/{id}/sign-out',
      tags,
      summary: 'Sign a person out everywhere: every session of theirs ends at once (they may sign in again)',
      request: { params: userIdParam },
      responses: { 200: changed('Signed out everywhere'), 404: errorResponse('No such user') },
    }),
    async (c) => {
      const result = await signOutEverywhere(deps.db, { userId: c.req.valid('param').id, actor: actorOf(c.get('user')!) });
      if (!result.ok) return notFound(c, 'user', noUserHint);
      forgetSessions(c, { userId: result.user.id });
      return c.json({ user: await person(result.user.id), sessionsRevoked: result.sessionsRevoked }, 200);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users/{id}/password-reset',
      tags,
      summary: 'A one-time link (24 hours) with which the person sets a new password; using it ends all their sessions',
      description:
        'Kairos sends no email: give the link to the person yourself. It is shown once. Anyone holding it can take over the account until it is used, so the account records that you sent it, and a compliance officer whose reset link you sent may not approve work you authored.',
      request: { params: userIdParam },
      responses: {
        201: json(z.object({ link: z.url(), expiresAt: z.string(), user: personJson }).openapi('PasswordResetLink'), 'The link to give the person'),
        404: errorResponse('No such user'),
        409: errorResponse('The person is deactivated (`user_deactivated`): reactivate them first'),
      },
    }),
    async (c) => {
      const now = deps.clock();
      const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
      const { token, tokenHash } = newLinkToken();
      const result = await issuePasswordReset(deps.db, { userId: c.req.valid('param').id, tokenHash, now, expiresAt, actor: actorOf(c.get('user')!) });
      if (!result.ok) {
        if (result.reason === 'not-found') return notFound(c, 'user', noUserHint);
        if (result.reason === 'deactivated') return c.json({ error: 'user_deactivated', message: 'this person is deactivated: reactivate them first' }, 409);
        return c.json({ error: 'busy', message: 'another reset link for this person was sent at the same moment: try again' }, 409);
      }
      return c.json({ link: passwordLinkUrl(deps.auth.baseURL, 'password_reset', token), expiresAt: expiresAt.toISOString(), user: await person(result.user.id) }, 201);
    },
  );

  return r;
}
