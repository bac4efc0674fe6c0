// People and permissions on the running product: the real browser signs in (the session cookie
// stays out of reach of scripts), each seeded role sees what it may, and the demo cadence arrived
// through review.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROLES } from '@kairos/review';
import { apiAs, openBrowser, signIn, type BrowserSession } from './harness';

describe('signing in', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ baseURL: inject('productUrl') });
  });
  afterAll(async () => session?.close());

  it('signs in from a page of the product: httpOnly cookie, then the session answers who is signed in', async () => {
    const { page } = session;
    await page.goto('/docs');
    const login = inject('productLogins').compliance_officer!;
    const signedIn = await page.evaluate(async ({ email, password }) => {
      const res = await fetch('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      return { status: res.status, body: await res.json(), cookieVisible: document.cookie.includes('session_token') };
    }, login);
    expect(signedIn).toMatchObject({ status: 200, body: { user: { role: 'compliance_officer', email: login.email } }, cookieVisible: false });
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect(me.user.role).toBe('compliance_officer');
    const out = await page.evaluate(async () => (await fetch('/api/v1/auth/sign-out', { method: 'POST' })).status);
    expect(out).toBe(200);
    expect(session.problems).toEqual([]);
  });

  it('gives the browser session of each role its own user', async () => {
    const user = await signIn(session, 'strategist');
    expect(user.role).toBe('strategist');
    const me = await session.context.request.get('/api/v1/me');
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(user.id);
  });

  it.each([...ROLES])('lets %s sign in and see only what the role allows', async (role) => {
    const api = await apiAs(role);
    try {
      expect(((await (await api.get('/api/v1/me')).json()) as { user: { role: string } }).user.role).toBe(role);
      const audit = await api.get('/api/v1/audit');
      expect(audit.status()).toBe(role === 'compliance_officer' || role === 'admin' ? 200 : 403);
      const cadences = await api.get('/api/v1/cadences');
      expect(cadences.status()).toBe(role === 'agent' ? 403 : 200);
    } finally {
      await api.dispose();
    }
  });

  it('has the demo cadence published through review, with its trail in the audit log', async () => {
    const officer = await apiAs('compliance_officer');
    try {
      const [cadence] = (await (await officer.get('/api/v1/cadences')).json()) as { id: string }[];
      const detail = (await (await officer.get(`/api/v1/cadences/${cadence!.id}`)).json()) as { lifecycle: { state: string }; findings: unknown[] };
      expect(detail).toMatchObject({ lifecycle: { state: 'published' }, findings: [] });
      const audit = (await (await officer.get(`/api/v1/audit?cadenceId=${cadence!.id}`)).json()) as { entries: { action: string }[] };
      expect(audit.entries.map((e) => e.action)).toEqual(['publish', 'approve', 'submit']);
    } finally {
      await officer.dispose();
    }
  });

  it('refuses everything but health without a session', async () => {
    const base = inject('productUrl');
    const anonymous = await (await import('playwright-core')).request.newContext({ baseURL: base });
    try {
      expect((await anonymous.get('/api/v1/cadences')).status()).toBe(401);
      expect((await anonymous.get('/api/v1/health')).status()).toBe(200);
    } finally {
      await anonymous.dispose();
    }
  });
});
