import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, client, dana, signedIn, signedInTo, type ApiClient } from '../testing/api-harness';

describeEachDatabase('people and roles', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    admin = await signedIn(app, 'admin');
  });

  it('lets an admin create a user who can then sign in with that role', async () => {
    const created = await admin.post('/api/v1/users', { name: 'Rosa Diaz', email: 'Rosa@Example.com', role: 'agent', password: 'a long enough password' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Rosa Diaz', email: 'rosa@example.com', role: 'agent' });
    const signIn = await client(app).post('/api/v1/auth/sign-in', { email: 'rosa@example.com', password: 'a long enough password' });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.role).toBe('agent');
    expect((await admin.post('/api/v1/users', { name: 'Again', email: 'rosa@example.com', role: 'agent', password: 'a long enough password' })).status).toBe(409);
    const short = await admin.post('/api/v1/users', { name: 'X', email: 'x@example.com', role: 'root', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['password', 'role']);
  });

  it('refuses an address longer than 254 characters, naming it, and creates nobody', async () => {
    const label = (n: number) => Array.from({ length: 60 }, (_, i) => String.fromCharCode(97 + ((i * 7 + n) % 26))).join('');
    const email = `rosa@${Array.from({ length: 80 }, (_, n) => label(n)).join('.')}.com`;
    const res = await admin.post('/api/v1/users', { name: 'Long', email, role: 'agent', password: 'a long enough password' });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'email', message: expect.any(String) }]);
    expect((await admin.get('/api/v1/users')).body.map((u: { name: string }) => u.name)).not.toContain('Long');
  });

  it('changes a role at once (the next request sees it) and writes it to the audit log', async () => {
    const agent = await signedIn(app, 'agent');
    const me = (await agent.get('/api/v1/me')).body.user;
    expect((await agent.get('/api/v1/cadences')).status).toBe(403);
    const changed = await admin.patch(`/api/v1/users/${me.id}`, { role: 'strategist' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('strategist');
    expect((await agent.get('/api/v1/cadences')).status).toBe(200);
    const officer = await signedIn(app, 'compliance_officer');
    const [entry] = (await officer.get('/api/v1/audit?action=role_change')).body.entries;
    expect(entry).toMatchObject({ actorEmail: 'admin@kairos.test', subjectUserId: me.id, detail: { from: 'agent', to: 'strategist' } });
    expect((await admin.get('/api/v1/users')).body.find((u: { id: string }) => u.id === me.id).role).toBe('strategist');
  });

  it('keeps the last admin, and answers 404 for an unknown user', async () => {
    const users = (await admin.get('/api/v1/users')).body as { id: string; role: string }[];
    const self = (await admin.get('/api/v1/me')).body.user;
    for (const other of users.filter((u) => u.role === 'admin' && u.id !== self.id)) await admin.patch(`/api/v1/users/${other.id}`, { role: 'engineer' });
    const refused = await admin.patch(`/api/v1/users/${self.id}`, { role: 'agent' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('last_admin');
    expect((await admin.patch('/api/v1/users/nobody', { role: 'agent' })).status).toBe(404);
  });
});

describeEachDatabase('who reads which portfolios', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    admin = await signedIn(app, 'admin');
    await admin.put('/api/v1/portfolios/cards', { name: 'Cards', settings: { channels: {} } });
    const engineer = await signedIn(app, 'engineer');
    await engineer.put('/api/v1/accounts/CARD-1', { ...dana, portfolioId: 'cards' });
    await engineer.put('/api/v1/accounts/HOME-1', dana);
  });

  it('lets an admin choose the portfolios a person reads: audited, shown with the people, and in force on their next request', async () => {
    const strategist = await signedInTo(app, 'strategist', 'all');
    expect((await strategist.get('/api/v1/accounts?limit=500')).body.accounts.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['CARD-1', 'HOME-1']));
    const changed = await admin.put(`/api/v1/users/${strategist.userId}/portfolios`, { portfolios: ['cards'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: strategist.userId, portfolios: ['cards'] });
    expect((await strategist.get('/api/v1/accounts?limit=500')).body.accounts.map((a: { id: string }) => a.id)).toEqual(['CARD-1']);
    expect((await strategist.get('/api/v1/accounts/HOME-1')).status).toBe(404);
    const people = (await admin.get('/api/v1/users')).body as Array<{ id: string; role: string; portfolios: unknown }>;
    expect(people.find((p) => p.id === strategist.userId)!.portfolios).toEqual(['cards']);
    expect(people.find((p) => p.role === 'admin')!.portfolios).toBe('all');
    const [entry] = (await admin.get('/api/v1/audit?action=membership_change')).body.entries as Array<{ subjectUserId: string; detail: unknown }>;
    expect(entry).toMatchObject({ subjectUserId: strategist.userId, detail: { from: 'all', to: ['cards'] } });
  });

  it('refuses a portfolio that does not exist, naming it, and changes nothing', async () => {
    const strategist = await signedInTo(app, 'strategist', ['default']);
    const res = await admin.put(`/api/v1/users/${strategist.userId}/portfolios`, { portfolios: ['default', 'nope'] });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'portfolios[1]', message: expect.stringContaining('"nope"') }]);
    expect((await strategist.get('/api/v1/accounts?limit=500')).body.accounts.map((a: { id: string }) => a.id)).toEqual(['HOME-1']);
  });

  it('will not narrow an admin (they read every portfolio by their role), nor name a missing person', async () => {
    const otherAdmin = await signedInTo(app, 'admin', 'all');
    expect((await admin.put(`/api/v1/users/${otherAdmin.userId}/portfolios`, { portfolios: ['cards'] })).status).toBe(409);
    expect((await admin.put(`/api/v1/users/${crypto.randomUUID()}/portfolios`, { portfolios: [] })).status).toBe(404);
  });
});
