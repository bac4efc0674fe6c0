import { desc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { authSessions } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, client, ensureTestUsers, signedIn, TEST_ORIGIN, TEST_PASSWORD, testEmail } from '../testing/api-harness';

describeEachDatabase('signing in and out', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    await ensureTestUsers(db());
  });
  const anonymous = () => client(app);

  it('answers 200 with the user and sets an httpOnly, SameSite session cookie', async () => {
    const res = await anonymous().post('/api/v1/auth/sign-in', { email: testEmail('strategist'), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { id: expect.any(String), name: 'strategist', email: 'strategist@kairos.test', role: 'strategist' } });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kairos.session_token='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/session_token=;/);
    expect(res.body.user).not.toHaveProperty('password');
  });

  it('answers 401 invalid_credentials for a wrong password or an unknown email, without a cookie', async () => {
    const wrong = await anonymous().post('/api/v1/auth/sign-in', { email: testEmail('strategist'), password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: 'invalid_credentials', message: expect.stringMatching(/wrong email or password/) });
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const unknown = await anonymous().post('/api/v1/auth/sign-in', { email: 'nobody@kairos.test', password: TEST_PASSWORD });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_credentials');
  });

  it('names the field of a malformed sign-in', async () => {
    const res = await anonymous().post('/api/v1/auth/sign-in', { email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['email', 'password']);
  });

  it('answers a password longer than any Kairos accepts 400 naming it, not 500', async () => {
    const res = await anonymous().post('/api/v1/auth/sign-in', { email: testEmail('admin'), password: 'p'.repeat(200) });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'password', message: expect.stringMatching(/128 characters/) }]);
  });

  it('tells who is signed in, and answers 401 unauthenticated without a session', async () => {
    const me = await (await signedIn(app, 'compliance_officer')).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'compliance_officer@kairos.test', role: 'compliance_officer' });
    const nobody = await anonymous().get('/api/v1/me');
    expect(nobody.status).toBe(401);
    expect(nobody.body).toEqual({ error: 'unauthenticated', message: expect.stringMatching(/POST \/api\/v1\/auth\/sign-in/) });
    const forged = await client(app, { cookie: 'kairos.session_token=forged.token' }).get('/api/v1/me');
    expect(forged.status).toBe(401);
  });

  it('answers the session probe with the user, or with null (never 401) when signed out', async () => {
    const session = await (await signedIn(app, 'agent')).get('/api/v1/auth/session');
    expect(session).toMatchObject({ status: 200, body: { user: { role: 'agent' } } });
    expect(await anonymous().get('/api/v1/auth/session')).toMatchObject({ status: 200, body: { user: null } });
    expect(await client(app, { cookie: 'kairos.session_token=forged.token' }).get('/api/v1/auth/session')).toMatchObject({ status: 200, body: { user: null } });
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const agent = await signedIn(app, 'agent');
    expect((await agent.get('/api/v1/me')).status).toBe(200);
    const out = await agent.post('/api/v1/auth/sign-out');
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().some((c) => /kairos\.session_token=;/.test(c))).toBe(true);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
    expect((await anonymous().post('/api/v1/auth/sign-out')).status).toBe(200);
  });

  it('accepts the session token as a bearer token, for scripts', async () => {
    const res = await anonymous().post('/api/v1/auth/sign-in', { email: testEmail('engineer'), password: TEST_PASSWORD });
    const token = res.headers.get('set-auth-token');
    expect(token).toEqual(expect.any(String));
    const script = client(app, { headers: { authorization: `Bearer ${token}` } });
    expect((await script.get('/api/v1/me')).body.user.role).toBe('engineer');
    // No cookie, so no ambient credential a forged page could ride on: no Origin needed.
    expect((await script.put('/api/v1/accounts/B-1', { name: 'B', balanceCents: 1, dueDate: '2026-11-01' })).status).toBe(201);
  });

  it('refuses a session token read from the database: a bearer token needs the signature sign-in gave it', async () => {
    const res = await anonymous().post('/api/v1/auth/sign-in', { email: testEmail('admin'), password: TEST_PASSWORD });
    const signed = res.headers.get('set-auth-token')!;
    // What a copy of the database (a backup, a readable data folder) holds: the session's token, unsigned.
    const [stored] = await db().select({ token: authSessions.token }).from(authSessions).where(eq(authSessions.userId, res.body.user.id)).orderBy(desc(authSessions.createdAt)).limit(1);
    expect(decodeURIComponent(signed).startsWith(`${stored!.token}.`)).toBe(true);
    const copied = await client(app, { headers: { authorization: `Bearer ${stored!.token}` } }).get('/api/v1/me');
    expect(copied.status).toBe(401);
    expect((await client(app, { headers: { authorization: `Bearer ${signed}` } }).get('/api/v1/me')).body.user.role).toBe('admin');
  });
});

describeEachDatabase('cross-site request forgery', (db) => {
  let cookie: string;
  let app: ReturnType<typeof appWithoutTemporal>;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    await ensureTestUsers(db());
    const res = await client(app).post('/api/v1/auth/sign-in', { email: testEmail('engineer'), password: TEST_PASSWORD });
    cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  });
  const body = { name: 'X', balanceCents: 1, dueDate: '2026-11-01' };

  it('refuses a signed-in change from another origin, or one that does not say its origin', async () => {
    const evil = await client(app, { headers: { cookie, origin: 'https://evil.example' } }).put('/api/v1/accounts/X-1', body);
    expect(evil.status).toBe(403);
    expect(evil.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/cross-site request refused/) });
    const silent = await client(app, { headers: { cookie } }).put('/api/v1/accounts/X-1', body);
    expect(silent.status).toBe(403);
    const viaReferer = await client(app, { headers: { cookie, referer: 'https://evil.example/page' } }).put('/api/v1/accounts/X-1', body);
    expect(viaReferer.status).toBe(403);
  });

  it('accepts the same change from the trusted origin, and reads from anywhere', async () => {
    expect((await client(app, { headers: { cookie, origin: TEST_ORIGIN } }).put('/api/v1/accounts/X-1', body)).status).toBe(201);
    expect((await client(app, { headers: { cookie, origin: 'https://evil.example' } }).get('/api/v1/accounts/X-1')).status).toBe(200);
  });

  it('refuses a cross-site sign-in', async () => {
    const res = await client(app, { headers: { cookie, origin: 'https://evil.example' } }).post('/api/v1/auth/sign-in', { email: testEmail('engineer'), password: TEST_PASSWORD });
    expect(res.status).toBe(403);
  });

  it('signs in a script as Node sends it (Sec-Fetch-Mode alone, no Origin), and refuses a browser form posted from another site', async () => {
    const login = { email: testEmail('engineer'), password: TEST_PASSWORD };
    const script = await client(app, { headers: { 'sec-fetch-mode': 'cors' } }).post('/api/v1/auth/sign-in', login);
    expect(script.status, JSON.stringify(script.body)).toBe(200);
    expect(script.headers.get('set-auth-token')).toBeTruthy();
    const form = await client(app, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', origin: 'https://evil.example' } }).post('/api/v1/auth/sign-in', login);
    expect(form.status).toBe(403);
    const page = await client(app, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors', origin: 'https://evil.example' } }).post('/api/v1/auth/sign-in', login);
    expect(page.status).toBe(403);
    const ours = await client(app, { headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', origin: TEST_ORIGIN } }).post('/api/v1/auth/sign-in', login);
    expect(ours.status).toBe(200);
  });
});
