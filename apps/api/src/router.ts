import { OpenAPIHono } from '@hono/zod-openapi';
import type { Role } from '@kairos/review';
import type { KairosAuth } from './auth/auth';
import { validationHook } from './errors';

/** The signed-in person, as routes see them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * What every request carries: the auth library, and the session once a guard has looked it up
 * (`user` null: none; `sessionId` names the session, so a password change can keep it signed in).
 */
export type AppEnv = { Variables: { auth: KairosAuth; user: SessionUser | null | undefined; sessionId: string | undefined } };

/** Every router validates with the same hook, so every 400 has the same shape. */
export const newRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
