// Who may call what. Every route under /api/v1 declares the roles allowed next to its definition
// (`guardedRoute(roles, ...)`); the guard answers 401 without a session and 403 for another role.
// The roles also go into the OpenAPI document (`x-kairos-roles`), where the role matrix test reads them.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ROLES, type Role } from '@kairos/review';
import type { AppEnv } from '../router';
import { errorSchema } from '../schemas';
import { sessionOf } from './session';

export const SESSION_COOKIE_SCHEME = 'sessionCookie';
export const BEARER_SCHEME = 'bearerToken';

/** Every signed-in role. */
export const ANY_ROLE: readonly Role[] = ROLES;
/** Roles that read cadences and their versions. */
export const DESIGN_READERS: readonly Role[] = ['strategist', 'compliance_officer', 'engineer', 'admin'];
/** Roles that change cadence designs. */
export const DESIGNERS: readonly Role[] = ['strategist', 'admin'];

export function requireRole(roles: readonly Role[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(roles);
  return async (c, next) => {
    const user = await sessionOf(c);
    if (!user) return c.json({ error: 'unauthenticated', message: 'sign in first: POST /api/v1/auth/sign-in with your email and password' }, 401);
    if (!allowed.has(user.role)) {
      return c.json(
        { error: 'forbidden', message: `your role (${user.role}) may not ${c.req.method} ${c.req.routePath}; it needs one of: ${roles.join(', ')}` },
        403,
      );
    }
    await next();
  };
}

const authResponses = {
  401: { content: { 'application/json': { schema: errorSchema } }, description: 'Not signed in (`unauthenticated`)' },
  403: { content: { 'application/json': { schema: errorSchema } }, description: 'Signed in with a role that may not do this (`forbidden`), or a cross-site request' },
} as const;

/** A route only the given roles may call: guard, security requirement and documentation in one place. */
export function guardedRoute<R extends RouteConfig>(roles: readonly Role[], config: R) {
  return createRoute({
    ...config,
    middleware: [requireRole(roles), ...(config.middleware ? [config.middleware].flat() : [])],
    security: [{ [SESSION_COOKIE_SCHEME]: [] }, { [BEARER_SCHEME]: [] }],
    description: [config.description, `Roles: ${roles.join(', ')}.`].filter(Boolean).join('\n\n'),
    'x-kairos-roles': [...roles],
    responses: { ...authResponses, ...config.responses },
  } as R);
}
