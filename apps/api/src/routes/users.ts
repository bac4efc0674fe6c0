// People and permissions, for admins: who may sign in, and with which role. Every creation and
// role change is written to the audit log in the same transaction.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { hashPassword } from 'better-auth/crypto';
import { createUser, listUsers, setUserRole } from '@kairos/db';
import { roleSchema, type Role } from '@kairos/review';
import { guardedRoute } from '../auth/access';
import { forgetSessions } from '../auth/session';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';
import { userJson } from './auth';

const tags = ['People'];
const ADMINS: readonly Role[] = ['admin'];

export function userRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'get',
      path: '/users',
      tags,
      summary: 'Everyone who may sign in, with their role',
      responses: { 200: json(z.array(userJson), 'Users') },
    }),
    async (c) => c.json(await listUsers(deps.db), 200),
  );

  r.openapi(
    guardedRoute(ADMINS, {
      method: 'post',
      path: '/users',
      tags,
      summary: 'Create a user who signs in with email and password',
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
              }),
            },
          },
        },
      },
      responses: { 201: json(userJson, 'Created'), 400: errorResponse('Invalid body'), 409: errorResponse('A user with this email exists') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const me = c.get('user')!;
      const created = await createUser(deps.db, {
        name: body.name,
        email: body.email,
        role: body.role,
        passwordHash: await hashPassword(body.password),
        createdBy: { id: me.id, email: me.email, role: me.role },
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
        params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
        body: { content: { 'application/json': { schema: z.object({ role: roleSchema }) } } },
      },
      responses: {
        200: json(userJson, 'Changed (or already that role)'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such user'),
        409: errorResponse('The last admin cannot stop being one'),
      },
    }),
    async (c) => {
      const me = c.get('user')!;
      const result = await setUserRole(deps.db, { userId: c.req.valid('param').id, role: c.req.valid('json').role, actor: { id: me.id, email: me.email, role: me.role } });
      if (result.ok) {
        forgetSessions(c, { userId: result.user.id });
        return c.json(result.user, 200);
      }
      if (result.reason === 'not-found') return notFound(c, 'user', 'List users with GET /api/v1/users.');
      return c.json({ error: 'last_admin', message: 'this is the last admin: make someone else an admin first' }, 409);
    },
  );

  return r;
}
