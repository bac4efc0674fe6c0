import { beforeAll, expect, it } from 'vitest';
import { beginContactAttempt, getAccount, getContactAttempt, markContactSent, writeSandboxOutbox } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, ensureTestUsers, signedIn, dana, TEST_ORIGIN, TEST_PASSWORD, testEmail } from '../testing/api-harness';

describeEachDatabase('sandbox outbox page', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  const cookieOf = async (role: 'engineer' | 'compliance_officer') => {
    await ensureTestUsers(db());
    const res = await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: testEmail(role), password: TEST_PASSWORD }) });
    return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  };
  let messageId: string;
  let attemptId: string;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    await (await signedIn(app, 'engineer')).put('/api/v1/accounts/OB-1', { ...dana, phone: '+15555550601' });
    const { message } = await writeSandboxOutbox(db(), { idempotencyKey: 'ob-1', accountId: 'OB-1', channel: 'sms', recipient: '+15555550601', body: 'Hi Dana <b>bold</b>' });
    const { attempt } = await beginContactAttempt(db(), { idempotencyKey: 'ob-1', enrollmentId: null, accountId: 'OB-1', stepId: 'sms-1', channel: 'sms', provider: 'sandbox', recipient: '+15555550601', body: 'Hi Dana' });
    await markContactSent(db(), attempt.id, { providerMessageId: `sandbox-${message.id}` });
    [messageId, attemptId] = [message.id, attempt.id];
  });
  const form = (path: string, cookie: string, body: Record<string, string>, origin: string | null = TEST_ORIGIN) =>
    app.request(path, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) }, body: new URLSearchParams(body) });

  it('asks to sign in first, and shows a reader the messages without the buttons', async () => {
    const anonymous = await app.request('/sandbox/outbox');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('Sign in first');
    const officer = await app.request('/sandbox/outbox', { headers: { cookie: await cookieOf('compliance_officer') } });
    const html = await officer.text();
    expect(html).toContain('Hi Dana &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('Send reply');
  });

  it('lets an engineer fail a message and reply STOP as the customer, through the receipt and reply paths', async () => {
    const cookie = await cookieOf('engineer');
    const page = await (await app.request('/sandbox/outbox?accountId=OB-1', { headers: { cookie } })).text();
    expect(page).toContain('aria-label="Failed (message to +15555550601)"');
    expect(page).toContain('<label for="reply-');
    const failed = await form(`/sandbox/outbox/${messageId}/receipt`, cookie, { status: 'failed' });
    expect(failed.status).toBe(303);
    expect((await getContactAttempt(db(), attemptId))!.status).toBe('failed');
    const after = await (await app.request(failed.headers.get('location')!, { headers: { cookie } })).text();
    expect(after).toContain('Receipt &quot;failed&quot; recorded: the contact attempt is failed.');
    await form(`/sandbox/outbox/${messageId}/reply`, cookie, { text: 'STOP' });
    expect((await getAccount(db(), 'OB-1'))!.compliance.optOuts).toEqual(['sms']);
  });

  it('refuses a reply holding NUL with 400, storing no reply', async () => {
    const cookie = await cookieOf('engineer');
    const res = await form(`/sandbox/outbox/${messageId}/reply`, cookie, { text: 'START\u0000' });
    expect(res.status).toBe(400);
    expect((await getAccount(db(), 'OB-1'))!.compliance.optOuts).toEqual(['sms']);
  });

  it('refuses a cross-site change and a reader\'s change', async () => {
    expect((await form(`/sandbox/outbox/${messageId}/receipt`, await cookieOf('engineer'), { status: 'delivered' }, 'https://evil.example')).status).toBe(403);
    expect((await form(`/sandbox/outbox/${messageId}/receipt`, await cookieOf('compliance_officer'), { status: 'delivered' })).status).toBe(403);
    expect((await getContactAttempt(db(), attemptId))!.status).toBe('failed');
  });
});
