// Signing in as a role, the two ways e2e tests need: inside a browser session (the page's cookies),
// or as a bare API client (a signed-in request context for API checks).
import { request, type APIRequestContext } from 'playwright-core';
import { inject } from 'vitest';
import type { Role } from '@kairos/review';
import type { BrowserSession } from './browser';
import type {} from './product-setup'; // the types of inject('productUrl' | 'productLogins')

function loginOf(role: Role) {
  const login = inject('productLogins')[role];
  if (!login) throw new Error(`the product has no demo login for ${role}: is it seeded (logins.json in its data folder)?`);
  return login;
}

/**
 * Sign the browser session in as `role`: its pages then carry the httpOnly session cookie. Requests
 * that change something say their Origin, as the browser itself does for the web app's fetches.
 */
export async function signIn(session: BrowserSession, role: Role): Promise<{ id: string; email: string; role: Role }> {
  const base = inject('productUrl');
  const { email, password } = loginOf(role);
  const res = await session.context.request.post(`${base}/api/v1/auth/sign-in`, { data: { email, password }, headers: { origin: base } });
  if (res.status() !== 200) throw new Error(`signing in as ${role} answered ${res.status()}: ${await res.text()}`);
  return ((await res.json()) as { user: { id: string; email: string; role: Role } }).user;
}

/** A signed-in API client for `role` (dispose it when done). */
export async function apiAs(role: Role): Promise<APIRequestContext> {
  const base = inject('productUrl');
  const api = await request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const { email, password } = loginOf(role);
  const res = await api.post('/api/v1/auth/sign-in', { data: { email, password } });
  if (res.status() !== 200) throw new Error(`signing in as ${role} answered ${res.status()}: ${await res.text()}`);
  return api;
}
