import { beforeAll, expect, it } from 'vitest';
import { signUnsubscribeToken } from '@kairos/compliance/unsubscribe-link';
import { getAccount, listAudit } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, dana, signedIn, TEST_AUTH } from '../testing/api-harness';

describeEachDatabase('one-click email unsubscribe', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  const tokenFor = (accountId: string, attemptKey = `enr-${accountId}:email-1:1`) => signUnsubscribeToken(TEST_AUTH.secret, { accountId, channel: 'email', attemptKey });
  // What a mail client sends for its "Unsubscribe" button (RFC 8058 section 3.1).
  const oneClick = (token: string) =>
    app.request(`/unsubscribe/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    const api = await signedIn(app, 'engineer');
    // Two accounts of one person at one address, and one elsewhere.
    for (const [id, email] of [['UN-1', 'pat@example.com'], ['UN-2', 'Pat@Example.com'], ['UN-3', 'lee@example.com'], ['UN-4', 'kim@example.com']] as const) {
      const put = await api.put(`/api/v1/accounts/${id}`, { ...dana, email, phone: '+15555550901' });
      expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    }
  });

  it('shows a confirmation page with an unsubscribe button, and changes nothing on GET', async () => {
    const res = await app.request(`/unsubscribe/${tokenFor('UN-3')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Stop emails from us?');
    expect(html).toContain(`<form method="post" action="/unsubscribe/${tokenFor('UN-3')}">`);
    expect(html).toContain('<button type="submit">Unsubscribe from emails</button>');
    expect(html).toContain('l…@example.com');
    expect((await getAccount(db(), 'UN-3'))!.compliance.optOuts).toEqual([]);
  });

  it('opts the address out of email in one click, audited like a texted STOP, for every account at it', async () => {
    const res = await oneClick(tokenFor('UN-1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You are unsubscribed');
    expect((await getAccount(db(), 'UN-1'))!.compliance.optOuts).toEqual(['email']);
    expect((await getAccount(db(), 'UN-2'))!.compliance.optOuts).toEqual(['email']);
    expect((await getAccount(db(), 'UN-3'))!.compliance.optOuts).toEqual([]);
    const audit = (await listAudit(db(), { action: 'opt_out', actorId: 'unsubscribe-link', limit: 10 })).filter((r) => String(r.detail.linkAccountId) === 'UN-1');
    expect(audit.map((r) => r.detail.accountId).sort()).toEqual(['UN-1', 'UN-2']);
    expect(audit[0]!.detail).toMatchObject({ channel: 'email', attemptKey: 'enr-UN-1:email-1:1' });
  });

  it('answers a second click (or a mail client retrying) with the same page and no second audit row', async () => {
    const before = (await listAudit(db(), { action: 'opt_out', actorId: 'unsubscribe-link', limit: 50 })).length;
    const again = await oneClick(tokenFor('UN-1', 'enr-UN-1:email-2:1'));
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('You had already unsubscribed');
    expect((await listAudit(db(), { action: 'opt_out', actorId: 'unsubscribe-link', limit: 50 })).length).toBe(before);
    expect((await getAccount(db(), 'UN-1'))!.compliance.optOuts).toEqual(['email']);
    // The link page itself now says so instead of offering the button.
    expect(await (await app.request(`/unsubscribe/${tokenFor('UN-1')}`)).text()).toContain('You had already unsubscribed');
  });

  it('refuses a forged token with 403 and a damaged one with 400, saying what to do, and opts nobody out', async () => {
    const forged = signUnsubscribeToken('someone-else-secret-that-is-long-enough!', { accountId: 'UN-4', channel: 'email' });
    const f = await oneClick(forged);
    expect(f.status).toBe(403);
    expect(await f.text()).toContain('not issued by us');
    const damaged = await oneClick(tokenFor('UN-4').slice(0, 20));
    expect(damaged.status).toBe(400);
    expect(await damaged.text()).toContain('incomplete or damaged');
    expect((await app.request(`/unsubscribe/${forged}`)).status).toBe(403);
    expect((await getAccount(db(), 'UN-4'))!.compliance.optOuts).toEqual([]);
  });

  it('says so when the account the link names is gone', async () => {
    const res = await oneClick(tokenFor('UN-NOBODY'));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('no longer hold the account');
  });
});
