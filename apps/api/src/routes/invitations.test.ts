import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, client, sessionCookieOf, signedIn, TEST_ORIGIN, type ApiClient } from '../testing/api-harness';

const HOUR = 3_600_000;

describeEachDatabase('invitations', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  let officer: ApiClient;
  // The API's clock, moved by the tests: links expire 24 hours after they are made.
  let now = new Date('2026-11-02T09:00:00Z');
  beforeAll(async () => {
    app = appWithoutTemporal(db(), { clock: () => now });
    [admin, officer] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'compliance_officer')]);
  });
  const tokenOf = (link: string) => link.split('/invite/')[1]!;
  const invite = async (email: string, role = 'strategist') => {
    const res = await admin.post('/api/v1/invitations', { name: 'Nia New', email, role });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { invitation: { id: string }; link: string };
  };
  const auditOf = async (action: string) => (await officer.get(`/api/v1/audit?action=${action}`)).body.entries as { actorEmail: string | null; detail: Record<string, unknown> }[];

  it('gives the admin a link with which the invited person sets their password and is signed in, once', async () => {
    const { invitation, link } = await invite('Nia@Example.com');
    expect(link).toMatch(new RegExp(`^${TEST_ORIGIN}/invite/[A-Za-z0-9_-]{43}$`));
    expect(invitation).toMatchObject({ email: 'nia@example.com', role: 'strategist', invitedByName: 'admin', expiresAt: new Date(now.getTime() + 24 * HOUR).toISOString() });
    expect((await admin.get('/api/v1/invitations')).body.map((i: { id: string }) => i.id)).toContain(invitation.id);

    const anonymous = client(app);
    const shown = await anonymous.get(`/api/v1/auth/password-links/${tokenOf(link)}`);
    expect(shown).toMatchObject({ status: 200, body: { kind: 'invitation', name: 'Nia New', email: 'nia@example.com', role: 'strategist' } });

    const tooShort = await anonymous.post(`/api/v1/auth/password-links/${tokenOf(link)}`, { password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.issues).toEqual([{ field: 'password', message: 'must be at least 12 characters' }]);

    const accepted = await anonymous.post(`/api/v1/auth/password-links/${tokenOf(link)}`, { password: 'nia chose this one' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ kind: 'invitation', signedIn: true, user: { email: 'nia@example.com', role: 'strategist' } });
    const nia = client(app, { cookie: sessionCookieOf(accepted) });
    expect((await nia.get('/api/v1/me')).body.user).toMatchObject({ email: 'nia@example.com', role: 'strategist' });
    expect((await nia.get('/api/v1/cadences')).status).toBe(200);

    const again = await anonymous.post(`/api/v1/auth/password-links/${tokenOf(link)}`, { password: 'someone else now' });
    expect(again.status).toBe(410);
    expect(again.body).toEqual({ error: 'link_used', message: 'this link was used already: sign in with your email and the password you set' });
    expect((await anonymous.get(`/api/v1/auth/password-links/${tokenOf(link)}`)).body.error).toBe('link_used');
    expect((await admin.get('/api/v1/invitations')).body.map((i: { id: string }) => i.id)).not.toContain(invitation.id);

    const me = (await admin.get('/api/v1/me')).body.user;
    const person = (await admin.get('/api/v1/users')).body.find((u: { email: string }) => u.email === 'nia@example.com');
    expect(person.origins).toEqual([{ how: 'invited', byId: me.id, byName: me.name }]);
    expect((await auditOf('user_invited')).find((e) => e.detail.email === 'nia@example.com')).toMatchObject({ actorEmail: 'admin@kairos.test', detail: { role: 'strategist' } });
    expect((await auditOf('invitation_accepted')).find((e) => e.detail.email === 'nia@example.com')).toMatchObject({ actorEmail: 'nia@example.com', detail: { invitedBy: me.id } });
  });

  it('gives the invited person the portfolios the admin chose, and refuses a portfolio that does not exist', async () => {
    const unknown = await admin.post('/api/v1/invitations', { name: 'Ola', email: 'ola@example.com', role: 'agent', portfolios: ['default', 'nowhere'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([{ field: 'portfolios[1]', message: expect.stringContaining('no portfolio "nowhere"') }]);

    const res = await admin.post('/api/v1/invitations', { name: 'Ola', email: 'ola@example.com', role: 'agent', portfolios: ['default'] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.invitation.portfolios).toEqual(['default']);
    await client(app).post(`/api/v1/auth/password-links/${tokenOf(res.body.link)}`, { password: 'ola chose this one' });
    const ola = (await admin.get('/api/v1/users')).body.find((u: { email: string }) => u.email === 'ola@example.com');
    expect(ola.portfolios).toEqual(['default']);

    const scripted = await admin.post('/api/v1/users', { name: 'Bot', email: 'bot@example.com', role: 'engineer', password: 'a long script password', portfolios: 'all' });
    expect(scripted.status, JSON.stringify(scripted.body)).toBe(201);
    expect((await admin.get('/api/v1/users')).body.find((u: { email: string }) => u.email === 'bot@example.com').portfolios).toBe('all');
  });

  it('refuses a link after 24 hours and records that it expired', async () => {
    const { link } = await invite('late@example.com');
    now = new Date(now.getTime() + 24 * HOUR + 1);
    const late = await client(app).post(`/api/v1/auth/password-links/${tokenOf(link)}`, { password: 'too late for this' });
    expect(late.status).toBe(410);
    expect(late.body).toEqual({ error: 'link_expired', message: 'this link expired (links work for 24 hours): ask your admin for a new one' });
    expect((await client(app).post('/api/v1/auth/sign-in', { email: 'late@example.com', password: 'too late for this' })).status).toBe(401);
    expect((await auditOf('invitation_expired')).filter((e) => e.detail.email === 'late@example.com')).toHaveLength(1);
  });

  it('lets an admin revoke an invitation: its link then says so', async () => {
    const { invitation, link } = await invite('withdrawn@example.com');
    const revoked = await admin.post(`/api/v1/invitations/${invitation.id}/revoke`);
    expect(revoked.status).toBe(200);
    const tried = await client(app).get(`/api/v1/auth/password-links/${tokenOf(link)}`);
    expect(tried).toMatchObject({ status: 410, body: { error: 'link_revoked' } });
    const twice = await admin.post(`/api/v1/invitations/${invitation.id}/revoke`);
    expect(twice).toMatchObject({ status: 409, body: { error: 'invitation_closed', message: 'this invitation cannot be revoked: it was revoked already' } });
    expect((await admin.post(`/api/v1/invitations/${crypto.randomUUID()}/revoke`)).status).toBe(404);
    expect((await auditOf('invitation_revoked')).find((e) => e.detail.email === 'withdrawn@example.com')).toBeDefined();
  });

  it('refuses to invite an email that has an account, and says what a damaged link is', async () => {
    const taken = await admin.post('/api/v1/invitations', { name: 'Again', email: 'strategist@kairos.test', role: 'agent' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('email_taken');
    const invalid = await admin.post('/api/v1/invitations', { name: '', email: 'not-an-email', role: 'root' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['email', 'name', 'role']);
    const damaged = await client(app).get('/api/v1/auth/password-links/not-a-real-token');
    expect(damaged).toMatchObject({ status: 404, body: { error: 'link_not_found', message: expect.stringMatching(/copied all of it/) } });
  });

  it('replaces an open invitation when the same email is invited again', async () => {
    const first = await invite('twice@example.com', 'agent');
    const second = await invite('twice@example.com', 'engineer');
    expect((await client(app).get(`/api/v1/auth/password-links/${tokenOf(first.link)}`)).body.error).toBe('link_replaced');
    expect((await client(app).get(`/api/v1/auth/password-links/${tokenOf(second.link)}`)).body.role).toBe('engineer');
  });
});
