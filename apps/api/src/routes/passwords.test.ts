import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, bearerClient, client, sessionCookieOf, signedIn, signedInWith, type ApiClient } from '../testing/api-harness';

describeEachDatabase('changing and resetting passwords', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  let officer: ApiClient;
  let made = 0;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    [admin, officer] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'compliance_officer')]);
  });
  async function newEngineer() {
    const login = { email: `engineer-${made++}@passwords.test`, password: `first password ${made}` };
    const res = await admin.post('/api/v1/users', { name: `Engineer ${made}`, role: 'engineer', ...login });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, ...login };
  }
  const signInStatus = async (email: string, password: string) => (await client(app).post('/api/v1/auth/sign-in', { email, password })).status;

  it('changes your own password: the current one is required, your other sessions end and this one stays', async () => {
    const eli = await newEngineer();
    const [here, elsewhere, script] = await Promise.all([signedInWith(app, eli), signedInWith(app, eli), bearerClient(app, eli)]);

    const wrong = await here.post('/api/v1/auth/password', { currentPassword: 'not my password', newPassword: 'a brand new password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'wrong_password', issues: [{ field: 'currentPassword', message: 'is not your current password' }] });
    const same = await here.post('/api/v1/auth/password', { currentPassword: eli.password, newPassword: eli.password });
    expect(same.body.issues).toEqual([{ field: 'newPassword', message: 'must differ from your current password' }]);
    const short = await here.post('/api/v1/auth/password', { currentPassword: eli.password, newPassword: 'short' });
    expect(short.body.issues).toEqual([{ field: 'newPassword', message: 'must be at least 12 characters' }]);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(200);

    const changed = await here.post('/api/v1/auth/password', { currentPassword: eli.password, newPassword: 'a brand new password' });
    expect(changed).toMatchObject({ status: 200, body: { changed: true, sessionsRevoked: 2 } });
    expect((await here.get('/api/v1/me')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    expect((await script.get('/api/v1/me')).status).toBe(401);
    expect(await signInStatus(eli.email, eli.password)).toBe(401);
    expect(await signInStatus(eli.email, 'a brand new password')).toBe(200);
    const [entry] = (await officer.get('/api/v1/audit?action=password_changed')).body.entries;
    expect(entry).toMatchObject({ actorEmail: eli.email, subjectUserId: eli.id, detail: { sessionsRevoked: 2 } });
  });

  it('resets a password through a one-time link from an admin: every session ends, and the new password works', async () => {
    const eve = await newEngineer();
    const before = await signedInWith(app, eve);
    const issued = await admin.post(`/api/v1/users/${eve.id}/password-reset`);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ link: expect.stringMatching(/\/reset-password\/[A-Za-z0-9_-]{43}$/), user: { id: eve.id } });
    const token = (issued.body.link as string).split('/reset-password/')[1]!;
    expect((await client(app).get(`/api/v1/auth/password-links/${token}`)).body).toMatchObject({ kind: 'password_reset', email: eve.email, role: null });

    const used = await client(app).post(`/api/v1/auth/password-links/${token}`, { password: 'eve set this one' });
    expect(used).toMatchObject({ status: 200, body: { kind: 'password_reset', signedIn: true, user: { id: eve.id } } });
    expect((await before.get('/api/v1/me')).status).toBe(401);
    expect((await client(app, { cookie: sessionCookieOf(used) }).get('/api/v1/me')).body.user.id).toBe(eve.id);
    expect(await signInStatus(eve.email, eve.password)).toBe(401);
    expect((await client(app).post(`/api/v1/auth/password-links/${token}`, { password: 'and once more' })).status).toBe(410);

    const me = (await admin.get('/api/v1/me')).body.user;
    const person = (await admin.get('/api/v1/users')).body.find((u: { id: string }) => u.id === eve.id);
    expect(person.origins).toEqual([
      { how: 'created', byId: me.id, byName: me.name },
      { how: 'password_reset', byId: me.id, byName: me.name },
    ]);
    expect((await officer.get('/api/v1/audit?action=password_reset')).body.entries[0]).toMatchObject({ subjectUserId: eve.id, detail: { resetBy: me.id } });
  });

  it('sends no reset link for a deactivated person, nor for nobody', async () => {
    const gone = await newEngineer();
    await admin.post(`/api/v1/users/${gone.id}/deactivate`);
    expect(await admin.post(`/api/v1/users/${gone.id}/password-reset`)).toMatchObject({ status: 409, body: { error: 'user_deactivated' } });
    expect((await admin.post('/api/v1/users/nobody/password-reset')).status).toBe(404);
  });
});
