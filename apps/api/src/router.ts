import { OpenAPIHono } from '@hono/zod-openapi';
import type { Role } from '@kairos/review';
import type { KairosAuth } from './auth/auth';
import { validationHook } from './errors';
import { withInputGuard } from './input-guard';
import type { ApiLimits } from './limits';

/** The signed-in person, as routes see them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * What every request carries: the auth library, and the session once a guard has looked it up
 * (`user` null: none; `sessionId` names the session, so a password change can keep it signed in), the input limits.
 */
export type AppEnv = { Variables: { auth: KairosAuth; user: SessionUser | null | undefined; sessionId: string | undefined; limits: ApiLimits } };

/** Every router validates with the same hook, so every 400 has the same shape; every route's input passes the input guard first. */
export function newRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const register = router.openapi.bind(router);
  router.openapi = ((route, handler, hook) => register(withInputGuard(route), handler, hook)) as typeof router.openapi;
  return router;
}
