// People and permissions, for admins: who may sign in, with which role, and who handed them their
// account. Every creation and role change is written to the audit log in the same transaction.
// Deactivation, sessions and reset links: people-access.ts; invitations: invitations.ts.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { hashPassword } from 'better-auth/crypto';
import { createUser, DEFAULT_PORTFOLIO_ID, getPerson, listPortfolios, listUsers, membershipsOf, setMembership, setUserRole, type Person } from '@kairos/db';
import { roleSchema, type Role } from '@kairos/review';
import { guardedRoute } from '../auth/access';
import { forgetSessions } from '../auth/session';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter, type SessionUser } from '../router';
import { errorResponse, json } from '../schemas';
import { userJson } from './auth';

const tags = ['People'];
export const ADMINS: readonly Role[] = ['admin'];
export const userIdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
export const actorOf = (u: SessionUser) => ({ id: u.id, email: u.email, role: u.role });
export const noUserHint = 'List users with GET /api/v1/users.';

export const accountOriginJson = z
  .object({
    how: z.enum(['created', 'invited', 'password_reset']),
    byId: z.string(),
    byName: z.string().nullable(),
  })
  .openapi('AccountOrigin', {
    description:
      'Who handed a person their account: the admin who created it with a password (`created`), sent the invitation (`invited`), or the password-reset link they last used (`password_reset`). `byId` is `seed` for the demo logins.',
  });

export const personJson = userJson
  .extend({
    active: z.boolean().openapi({ description: 'false: deactivated, cannot sign in' }),
    deactivatedAt: z.string().nullable(),
    createdAt: z.string(),
    origins: z.array(accountOriginJson),
  })
  .openapi('Person', { description: 'A person as an admin sees them: role, whether they may sign in, and who handed them their account' });

export const toPersonJson = (p: Person): z.infer<typeof personJson> => ({
  id: p.id,
  name: p.name,
  email: p.email,
  role: p.role,
  active: p.active,
  deactivatedAt: p.deactivatedAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
  origins: p.origins.map((o) => ({ how: o.how, byId: o.byId, byName: o.byName ?? null })),
});

export const membershipJson = z
  .union([z.literal('all'), z.array(safeText().min(1).max(200)).max(500)])
  .openapi('Membership', { description: 'The portfolios whose accounts a person reads: `all` (always, for admins), or these ids' });
export const memberJson = personJson.extend({ portfolios: membershipJson }).openapi('Member', { description: 'A person with the portfolios they read' });

/** Issues for portfolio ids in a membership that name no portfolio (`field` is where the membership sits in the body). */
export async function unknownPortfolios(deps: RouteDeps, portfolios: 'all' | string[], field = 'portfolios'): Promise<Array<{ field: string; message: string }>> {
  if (portfolios === 'all') return [];
  const known = new Set([DEFAULT_PORTFOLIO_ID, ...(await listPortfolios(deps.db)).map((p) => p.id)]);
  return portfolios.flatMap((id, i) => (known.has(id) ? [] : [{ field: `${field}[${i}]`, message: `no portfolio "${id}": choose one of ${[...known].join(', ')}` }]));
}

export function userRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'get',
      path: '/users',
      tags,
      summary: 'Everyone with an account, active or deactivated, with their role and who created or invited them',
      responses: { 200: json(z.array(memberJson), 'People') },
    }),
    async (c) => {
      const people = await listUsers(deps.db);
      const memberships = await membershipsOf(deps.db, people.map((p) => p.id));
      return c.json(people.map((p) => ({ ...toPersonJson(p), portfolios: memberships.get(p.id) ?? [] })), 200);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'put',
      path: '/users/{id}/portfolios',
      tags,
      summary: 'Choose the portfolios whose accounts a person reads (audited; takes effect on their next request)',
      description:
        'Every account, contact, enrollment, message, ledger and report read is limited to them; agents read the accounts of their queues ' +
        '(open agent tasks) in them, and others of them by exact id. `all` includes portfolios made later. Admins read every portfolio by their role.',
      request: { params: userIdParam, body: { content: { 'application/json': { schema: z.strictObject({ portfolios: membershipJson }) } } } },
      responses: {
        200: json(memberJson, 'Changed (or already so)'),
        400: errorResponse('Invalid body, or a portfolio that does not exist'),
        404: errorResponse('No such user'),
        409: errorResponse('An admin reads every portfolio'),
      },
    }),
    async (c) => {
      const { portfolios } = c.req.valid('json');
      const issues = await unknownPortfolios(deps, portfolios);
      if (issues.length) return c.json({ error: 'invalid_request', message: 'the body is invalid', issues }, 400);
      const id = c.req.valid('param').id;
      const result = await setMembership(deps.db, { userId: id, membership: portfolios, actor: actorOf(c.get('user')!) });
      if (!result.ok) {
        if (result.reason === 'not-found') return notFound(c, 'user', noUserHint);
        return c.json({ error: 'admin_reads_all', message: 'an admin reads every portfolio by their role: change their role first to narrow it' }, 409);
      }
      const person = (await getPerson(deps.db, id))!;
      return c.json({ ...toPersonJson(person), portfolios: result.membership }, 200);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users',
      tags,
      summary: 'For scripts: create a user with a password you choose (people are better invited: POST /invitations)',
      description:
        'You know this password, so you could sign in as this person: the account is recorded as created by you, and a compliance officer you created may never approve work you authored. People should get an invitation instead and set their own password.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                name: safeText().trim().min(1).max(200),
                // An address is at most 254 characters (RFC 5321); a longer one could not even be indexed.
                email: z.email().max(254),
                role: roleSchema,
                password: z.string().min(12, 'must be at least 12 characters').max(128),
                portfolios: membershipJson.optional().openapi({ description: 'The portfolios they will read; none when left out (admins read every one)' }),
              }),
            },
          },
        },
      },
      responses: { 201: json(userJson, 'Created'), 400: errorResponse('Invalid body'), 409: errorResponse('A user with this email exists') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const issues = await unknownPortfolios(deps, body.portfolios ?? []);
      if (issues.length) return c.json({ error: 'invalid_request', message: 'the body is invalid', issues }, 400);
      const created = await createUser(deps.db, {
        name: body.name,
        email: body.email,
        role: body.role,
        passwordHash: await hashPassword(body.password),
        createdBy: actorOf(c.get('user')!),
        ...(body.portfolios ? { portfolios: body.portfolios } : {}),
      });
      if (!created.ok) return c.json({ error: 'email_taken', message: `a user with email ${body.email} exists: change their role instead` }, 409);
      return c.json(created.user, 201);
    },
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'patch',
      path: '/users/{id}',
      tags,
      summary: "Change a user's role (audited; takes effect on their next request)",
      request: {
        params: userIdParam,
        body: { content: { 'application/json': { schema: z.object({ role: roleSchema }) } } },
      },
      responses: {
        200: json(userJson, 'Changed (or already that role)'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such user'),
        409: errorResponse('The last active admin cannot stop being one'),
      },
    }),
    async (c) => {
      const result = await setUserRole(deps.db, { userId: c.req.valid('param').id, role: c.req.valid('json').role, actor: actorOf(c.get('user')!) });
      if (result.ok) {
        forgetSessions(c, { userId: result.user.id });
        return c.json(result.user, 200);
      }
      if (result.reason === 'not-found') return notFound(c, 'user', noUserHint);
      return c.json({ error: 'last_admin', message: 'this is the last admin: make someone else an admin first' }, 409);
    },
  );

  return r;
}
