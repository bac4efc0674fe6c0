// Signing in through the auth library, for the routes that start a session: sign-in itself, and the
// one-time links (an invited person is signed in once they set their password). The library checks
// the password (rate-limited per client address) and sets the cookie; the answer is reshaped into
// Kairos's contract.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { roleSchema } from '@kairos/review';
import type { AppEnv, SessionUser } from '../router';
import { ACCOUNT_DEACTIVATED, AUTH_INTERNAL_PATH, CLIENT_IP_HEADER } from './auth';

/** Headers better-auth needs to judge the request (origin checks, session) — and the client address we saw. */
export function forwardedHeaders(c: Context<AppEnv>): Headers {
  const headers = new Headers({ 'content-type': 'application/json' });
  // Browsers send the fetch metadata together (Sec-Fetch-Site with Mode and Dest). Node's fetch sends
  // Sec-Fetch-Mode alone and no Origin, for which the library refuses a script's sign-in (the CLI's);
  // a script holds no ambient credentials to forge with, so its lone Sec-Fetch-Mode is not passed on.
  const fromBrowser = c.req.header('sec-fetch-site') !== undefined;
  for (const name of ['cookie', 'authorization', 'origin', 'referer', 'user-agent', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest']) {
    if (name.startsWith('sec-fetch-') && !fromBrowser) continue;
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  try {
    const address = getConnInfo(c).remote.address;
    if (address) headers.set(CLIENT_IP_HEADER, address);
  } catch {
    // Not served by the Node server (app.request in tests): no address to count by.
  }
  return headers;
}

/** The session cookie (and, for scripts, the `set-auth-token` header) of the library's answer, onto ours. */
export function passOnAuthHeaders(c: Context<AppEnv>, res: Response): void {
  for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
  const token = res.headers.get('set-auth-token');
  if (token) c.header('set-auth-token', token);
}

/** Where the library believes `path` is: only the API calls it, never the outside. */
export const internalAuthUrl = (baseURL: string, path: string) => `${new URL(baseURL).origin}${AUTH_INTERNAL_PATH}${path}`;

export type SignInRefusal = { status: 401 | 403 | 429; error: string; message: string };
export type SignInOutcome = { ok: true; user: SessionUser } | ({ ok: false } & SignInRefusal);

/** Check `email` and `password` and start a session (its cookie goes onto this answer), or say why not. */
export async function signInWithPassword(c: Context<AppEnv>, baseURL: string, body: { email: string; password: string }): Promise<SignInOutcome> {
  const res = await c
    .get('auth')
    .handler(new Request(internalAuthUrl(baseURL, '/sign-in/email'), { method: 'POST', headers: forwardedHeaders(c), body: JSON.stringify({ ...body, rememberMe: true }) }));
  if (res.status === 401) return { ok: false, status: 401, error: 'invalid_credentials', message: 'wrong email or password: check both and try again' };
  if (res.status === 429) return { ok: false, status: 429, error: 'too_many_attempts', message: 'too many sign-in attempts from this address: wait a minute and try again' };
  if (res.status === 403) {
    const refusal = (await res.json().catch(() => ({}))) as { code?: string };
    if (refusal.code === ACCOUNT_DEACTIVATED) {
      return { ok: false, status: 403, error: 'account_deactivated', message: 'this account is deactivated: ask an admin to reactivate it' };
    }
    return { ok: false, status: 403, error: 'forbidden', message: 'cross-site sign-in refused: sign in from the Kairos web app' };
  }
  if (!res.ok) throw new Error(`sign-in failed inside the auth library: ${res.status} ${await res.text()}`);
  const answer = (await res.json()) as { user: { id: string; name: string; email: string; role: unknown } };
  const role = roleSchema.safeParse(answer.user.role);
  if (!role.success) return { ok: false, status: 401, error: 'invalid_credentials', message: 'this account has no Kairos role: ask an admin to give it one' };
  passOnAuthHeaders(c, res);
  return { ok: true, user: { id: answer.user.id, name: answer.user.name, email: answer.user.email, role: role.data } };
}
