// Inbound texts over HTTP: every message is kept once per MessageSid in the consent ledger, so a replay
// of a correctly signed message (Twilio signatures carry no timestamp) is answered and changes nothing.
import twilio from 'twilio';
import { beforeAll, expect, it } from 'vitest';
import { listAccountEvents, listAudit, listConsentLedger } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, dana, signedIn, TEST_ORIGIN, type ApiClient } from '../testing/api-harness';

const TOKEN = 'twilio-auth-token-inbound-0123456789';
const PATH = '/api/v1/webhooks/twilio/texts/inbound';

describeEachDatabase('inbound texts and the consent ledger', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  let agent: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    admin = await signedIn(app, 'admin');
    agent = await signedIn(app, 'agent');
    const portfolio = { name: 'Texts', settings: { channels: { sms: 'twilio' }, twilio: { accountSid: `AC${'1'.repeat(32)}`, from: '+15550002222' } }, secrets: { twilioAuthToken: TOKEN } };
    expect((await admin.put('/api/v1/portfolios/texts', portfolio)).status).toBe(201);
    for (const [id, phone] of [['T-1', '+15555550201'], ['T-2', '+15555550202'], ['T-3', '+15555550203']] as const) {
      expect((await admin.put(`/api/v1/accounts/${id}`, { ...dana, phone, portfolioId: 'texts' })).status).toBe(201);
    }
  }, 60_000);

  /** Exactly what Twilio sends, signed as Twilio signs it: posting the same params again is a byte-for-byte replay. */
  const inbound = async (params: Record<string, string>) => {
    const res = await app.request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, `${TEST_ORIGIN}${PATH}`, params) },
      body: new URLSearchParams(params),
    });
    return { status: res.status, body: await res.text() };
  };
  const text = (sid: string, from: string, body: string) => ({ MessageSid: sid, SmsSid: sid, AccountSid: `AC${'1'.repeat(32)}`, From: from, To: '+15550002222', Body: body });
  const optOuts = async (id: string) => (await agent.get(`/api/v1/accounts/${id}`)).body.compliance.optOuts;
  const auditOf = async (action: 'opt_out' | 'opt_in', accountId: string) => (await listAudit(db(), { action, limit: 100 })).filter((r) => r.detail.accountId === accountId);

  it('keeps a number opted out when a START it sent before a later STOP is replayed', async () => {
    const start = text('SMt1-start', '+15555550201', 'START');
    await inbound(text('SMt1-stop-1', '+15555550201', 'STOP'));
    expect((await inbound(start)).body).toMatch(/You are resubscribed/);
    expect(await optOuts('T-1')).toEqual([]);
    await inbound(text('SMt1-stop-2', '+15555550201', 'stop'));
    expect(await optOuts('T-1')).toEqual(['sms']);

    // The START, replayed exactly as Twilio signed it: answered 200 (nothing for Twilio to retry), no confirmation, no effect.
    const replay = await inbound(start);
    expect(replay).toEqual({ status: 200, body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' });
    // Every reader of the opt-out sees it stand: the account page, the compliance decision, the audit log.
    expect(await optOuts('T-1')).toEqual(['sms']);
    expect((await agent.post('/api/v1/contacts/check', { accountId: 'T-1', channel: 'sms' })).body).toMatchObject({ decision: 'block' });
    expect((await auditOf('opt_in', 'T-1')).map((r) => r.detail.messageId)).toEqual(['SMt1-start']);
    expect((await auditOf('opt_out', 'T-1')).map((r) => r.detail.messageId).sort()).toEqual(['SMt1-stop-1', 'SMt1-stop-2']);
    // Cadences heard each message once.
    expect((await listAccountEvents(db(), 'T-1')).filter((e) => e.type === 'reply').map((e) => e.payload.text)).toEqual(['STOP', 'START', 'stop']);
  });

  it('keeps a number opted in when a STOP it sent before a later START is replayed: a replay is a no-op whatever it says', async () => {
    const stop = text('SMt2-stop', '+15555550202', 'Stop.');
    expect((await inbound(stop)).body).toMatch(/You are unsubscribed/);
    await inbound(text('SMt2-start', '+15555550202', 'unstop'));
    expect(await optOuts('T-2')).toEqual([]);
    expect(await inbound(stop)).toMatchObject({ status: 200, body: expect.not.stringContaining('<Message>') });
    expect(await optOuts('T-2')).toEqual([]);
    expect(await auditOf('opt_out', 'T-2')).toHaveLength(1);
  });

  it('records every inbound message in the consent ledger with its keyword class and what it did', async () => {
    await inbound(text('SMt3-1', '+15555550203', 'STOP'));
    await inbound(text('SMt3-2', '+15555550203', 'help'));
    await inbound(text('SMt3-3', '+15555550203', 'I will pay on friday'));
    await inbound(text('SMt3-4', 'whatsapp:+15555550203', 'START'));
    await inbound(text('SMt3-1', '+15555550203', 'STOP'));
    const ledger = await listConsentLedger(db(), { portfolioId: 'texts', from: '+15555550203' });
    expect(ledger.map((m) => [m.messageId, m.channel, m.keywordClass, m.consentEffect, m.changedAccountIds])).toEqual([
      ['SMt3-1', 'sms', 'stop', 'opt_out', ['T-3']],
      ['SMt3-2', 'sms', 'help', 'none', []],
      ['SMt3-3', 'sms', 'other', 'none', []],
      // Not opted out of WhatsApp, so opting in changed nothing.
      ['SMt3-4', 'whatsapp', 'start', 'opt_in', []],
    ]);
    expect(ledger[0]).toMatchObject({ provider: 'twilio', toContact: '+15550002222', keyword: 'STOP', accountIds: ['T-3'] });
    expect(await optOuts('T-3')).toEqual(['sms']);
  });

  it('refuses a signed inbound message without a MessageSid (it could never be told from its replay), applying nothing', async () => {
    const { MessageSid: _m, SmsSid: _s, ...noSid } = text('unused', '+15555550201', 'START');
    const res = await inbound(noSid);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'invalid_request', issues: [{ field: 'MessageSid' }] });
    expect(await optOuts('T-1')).toEqual(['sms']);
  });
});
