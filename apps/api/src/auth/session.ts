// The session of a request, looked up once (cookie or bearer token) and kept on the context.
import type { Context } from 'hono';
import { roleSchema } from '@kairos/review';
import type { AppEnv, SessionUser } from '../router';

/**
 * Sessions looked up in the last moments, by the credential that named them: a burst of requests
 * (an integration enrolling thousands of accounts) costs one lookup per credential and second, not
 * two queries per request. Sign-out, role changes, deactivation and revoked sessions take effect at
 * once on this API instance (they clear the entries); on other instances within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 1_000;
const MAX_CACHED = 10_000;
type Cache = Map<string, { user: SessionUser; sessionId: string; until: number }>;
/** One cache per auth instance (per app): a credential means something only to the app that issued it. */
const caches = new WeakMap<object, Cache>();
function cacheOf(c: Context<AppEnv>): Cache {
  const auth = c.get('auth');
  let cache = caches.get(auth);
  if (!cache) caches.set(auth, (cache = new Map()));
  return cache;
}

const credentialOf = (c: Context<AppEnv>) => {
  const bearer = c.req.header('authorization');
  const cookie = c.req.header('cookie')?.match(/(?:^|;\s*)((?:__Secure-)?kairos\.session_token=[^;]+)/)?.[1];
  return bearer ?? cookie;
};

/** Forget cached sessions: this request's credential (signed out), or every session of a user (role changed, deactivated, signed out everywhere). */
export function forgetSessions(c: Context<AppEnv>, which: { userId?: string; thisCredential?: boolean }): void {
  const cache = cacheOf(c);
  const key = which.thisCredential ? credentialOf(c) : undefined;
  if (key) cache.delete(key);
  if (which.userId) for (const [k, entry] of cache) if (entry.user.id === which.userId) cache.delete(k);
}

export async function sessionOf(c: Context<AppEnv>): Promise<SessionUser | null> {
  const known = c.get('user');
  if (known !== undefined) return known;
  const key = credentialOf(c);
  if (!key) {
    c.set('user', null);
    return null;
  }
  const now = Date.now();
  const cache = cacheOf(c);
  const hit = cache.get(key);
  if (hit && hit.until > now) {
    c.set('user', hit.user);
    c.set('sessionId', hit.sessionId);
    return hit.user;
  }
  const { response, headers } = await c.get('auth').api.getSession({ headers: c.req.raw.headers, returnHeaders: true });
  // A session used after a day is renewed: pass its new cookie on, or the browser's copy would expire first.
  for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
  const role = roleSchema.safeParse(response?.user.role);
  const active = response ? !response.user.deactivatedAt : false;
  const user: SessionUser | null =
    response && role.success && active ? { id: response.user.id, name: response.user.name, email: response.user.email, role: role.data } : null;
  if (user && response) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, { user, sessionId: response.session.id, until: Math.min(now + SESSION_CACHE_MS, new Date(response.session.expiresAt).getTime()) });
    c.set('sessionId', response.session.id);
  }
  c.set('user', user);
  return user;
}
