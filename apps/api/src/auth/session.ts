// The session of a request, looked up once (cookie or bearer token) and kept on the context.
import type { Context } from 'hono';
import { roleSchema } from '@kairos/review';
import type { AppEnv, SessionUser } from '../router';

export async function sessionOf(c: Context<AppEnv>): Promise<SessionUser | null> {
  const known = c.get('user');
  if (known !== undefined) return known;
  const { response, headers } = await c.get('auth').api.getSession({ headers: c.req.raw.headers, returnHeaders: true });
  // A session used after a day is renewed: pass its new cookie on, or the browser's copy would expire first.
  for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
  const role = roleSchema.safeParse(response?.user.role);
  const user: SessionUser | null =
    response && role.success ? { id: response.user.id, name: response.user.name, email: response.user.email, role: role.data } : null;
  c.set('user', user);
  return user;
}
