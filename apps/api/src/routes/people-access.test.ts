import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, bearerClient, client, signedIn, signedInWith, type ApiClient } from '../testing/api-harness';

describeEachDatabase('deactivating people and ending their sessions', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  let officer: ApiClient;
  let made = 0;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    [admin, officer] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'compliance_officer')]);
  });
  /** A new agent, made by the admin for this test alone. */
  async function newAgent() {
    const login = { email: `agent-${made++}@people.test`, password: `a long password ${made}` };
    const res = await admin.post('/api/v1/users', { name: `Agent ${made}`, role: 'agent', ...login });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, ...login };
  }
  const audit = async (action: string, subjectUserId: string) =>
    ((await officer.get(`/api/v1/audit?action=${action}`)).body.entries as { subjectUserId: string; actorEmail: string; detail: Record<string, unknown> }[]).filter(
      (e) => e.subjectUserId === subjectUserId,
    );

  it('ends every cookie and bearer session at once, and refuses sign-in with a clear answer until reactivated', async () => {
    const rosa = await newAgent();
    const [browser, script] = await Promise.all([signedInWith(app, rosa), bearerClient(app, rosa)]);
    expect((await browser.get('/api/v1/me')).status).toBe(200);
    expect((await script.get('/api/v1/me')).status).toBe(200);

    const off = await admin.post(`/api/v1/users/${rosa.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ user: { id: rosa.id, active: false, deactivatedAt: expect.any(String) }, sessionsRevoked: 2 });
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await script.get('/api/v1/me')).status).toBe(401);
    expect((await browser.get('/api/v1/auth/session')).body).toEqual({ user: null });

    const refused = await client(app).post('/api/v1/auth/sign-in', rosa);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'account_deactivated', message: 'this account is deactivated: ask an admin to reactivate it' });
    expect(refused.headers.getSetCookie()).toEqual([]);
    // Without the right password nobody learns the account is deactivated.
    expect((await client(app).post('/api/v1/auth/sign-in', { email: rosa.email, password: 'a wrong password!' })).body.error).toBe('invalid_credentials');
    expect((await admin.get('/api/v1/users')).body.find((u: { id: string }) => u.id === rosa.id)).toMatchObject({ active: false });

    const on = await admin.post(`/api/v1/users/${rosa.id}/reactivate`);
    expect(on.status).toBe(200);
    expect(on.body.user).toMatchObject({ active: true, deactivatedAt: null });
    expect((await client(app).post('/api/v1/auth/sign-in', rosa)).status).toBe(200);
    expect(await audit('user_deactivated', rosa.id)).toEqual([expect.objectContaining({ actorEmail: 'admin@kairos.test', detail: { email: rosa.email, sessionsRevoked: 2 } })]);
    expect(await audit('user_reactivated', rosa.id)).toHaveLength(1);
  });

  it('refuses to let an admin deactivate themselves, and answers 404 for nobody', async () => {
    const me = (await admin.get('/api/v1/me')).body.user;
    const self = await admin.post(`/api/v1/users/${me.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body).toEqual({ error: 'cannot_deactivate_self', message: 'you cannot deactivate yourself: ask another admin' });
    expect((await admin.get('/api/v1/me')).status).toBe(200);
    expect((await admin.post('/api/v1/users/nobody/deactivate')).status).toBe(404);
    expect((await admin.post('/api/v1/users/nobody/reactivate')).status).toBe(404);
  });

  it('signs a person out everywhere; they may sign in again', async () => {
    const lee = await newAgent();
    const [browser, script] = await Promise.all([signedInWith(app, lee), bearerClient(app, lee)]);
    const out = await admin.post(`/api/v1/users/${lee.id}/sign-out`);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ user: { id: lee.id, active: true }, sessionsRevoked: 2 });
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await script.get('/api/v1/me')).status).toBe(401);
    expect((await signedInWith(app, lee).then((c) => c.get('/api/v1/me'))).status).toBe(200);
    expect(await audit('sessions_revoked', lee.id)).toEqual([expect.objectContaining({ detail: { email: lee.email, sessionsRevoked: 2 } })]);
    expect((await admin.post('/api/v1/users/nobody/sign-out')).status).toBe(404);
  });

  it('lists who created each person', async () => {
    const kim = await newAgent();
    const me = (await admin.get('/api/v1/me')).body.user;
    const listed = (await admin.get('/api/v1/users')).body.find((u: { id: string }) => u.id === kim.id);
    expect(listed).toMatchObject({ active: true, origins: [{ how: 'created', byId: me.id, byName: me.name }] });
  });
});
