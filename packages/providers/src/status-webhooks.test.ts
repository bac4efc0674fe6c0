// Both providers' status webhooks through the one interface the API uses: authentic requests parse
// into receipts, anything else is refused or named as invalid, field by field.
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { emailStatusWebhook } from './email/email-status-webhook';
import type { ProviderWebhookRequest } from './status-webhook';
import { timestampedSignature } from './timestamped-signature';
import { twilioStatusWebhook } from './twilio/twilio-status-webhook';

const now = 1_764_000_000;
const request = (rawBody: string, headers: Record<string, string>, url = 'https://kairos.example.com/api/v1/webhooks/twilio/default/status'): ProviderWebhookRequest => ({
  url,
  rawBody,
  nowSeconds: now,
  header: (name) => headers[name.toLowerCase()],
});

describe("Twilio's status callback", () => {
  const token = 'twilio-auth-token-0123456789abcdef';
  const params = { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30005', To: '+15555550123' };
  const body = new URLSearchParams(params).toString();
  const url = 'https://kairos.example.com/api/v1/webhooks/twilio/default/status';
  const signed = request(body, { 'x-twilio-signature': twilio.getExpectedTwilioSignature(token, url, params) }, url);

  it('accepts what Twilio signs and reads a failed message as a failed receipt', () => {
    expect(twilioStatusWebhook.authenticate(signed, token)).toEqual({ ok: true });
    expect(twilioStatusWebhook.parse(signed)).toMatchObject({ receipt: { provider: 'twilio', providerMessageId: 'SM1', status: 'failed', receiptKey: 'SM1:undelivered', error: expect.stringContaining('30005') } });
  });

  it('refuses a request signed with another token, or for another URL', () => {
    expect(twilioStatusWebhook.authenticate(signed, 'another-token')).toMatchObject({ ok: false });
    expect(twilioStatusWebhook.authenticate({ ...signed, url: `${url}?forged=1` }, token)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  });

  it('names the attempt its callback URL carries, so a message whose send was never booked is still settled', () => {
    const named = `${url}?attempt=${encodeURIComponent('enr-1:sms-1:1')}`;
    const req = request(body, { 'x-twilio-signature': twilio.getExpectedTwilioSignature(token, named, params) }, named);
    expect(twilioStatusWebhook.authenticate(req, token)).toEqual({ ok: true });
    expect(twilioStatusWebhook.parse(req)).toMatchObject({ receipt: { providerMessageId: 'SM1', idempotencyKey: 'enr-1:sms-1:1' } });
    expect(twilioStatusWebhook.parse(signed)).not.toHaveProperty('receipt.idempotencyKey');
  });

  it('ignores a status it does not track rather than failing', () => {
    expect(twilioStatusWebhook.parse(request(new URLSearchParams({ MessageSid: 'SM1', MessageStatus: 'teleported' }).toString(), {}))).toEqual({ ignored: 'unknown message status "teleported"' });
  });
});

describe('the SMTP bounce and complaint report', () => {
  const secret = 'email-webhook-secret';
  const report = (over: Record<string, unknown> = {}) => JSON.stringify({ eventId: 'ev-1', messageId: '<m1@kairos.example>', status: 'complained', recipient: 'dana@example.com', ...over });
  const signedReport = (body: string, at = now) => request(body, { 'kairos-signature': timestampedSignature(secret, body, at) });

  it('turns a complaint into a bounced receipt and an email opt-out for the address', () => {
    const req = signedReport(report());
    expect(emailStatusWebhook.authenticate(req, secret)).toMatchObject({ ok: true });
    expect(emailStatusWebhook.parse(req)).toMatchObject({
      receipt: { provider: 'smtp', receiptKey: 'ev-1', providerMessageId: '<m1@kairos.example>', status: 'bounced', error: 'the email complained' },
      optOut: { channel: 'email', contact: { email: 'dana@example.com' }, keyword: 'complaint' },
    });
  });

  it('reads a delivery without an opt-out', () => {
    const parsed = emailStatusWebhook.parse(signedReport(report({ status: 'delivered' })));
    expect(parsed).toMatchObject({ receipt: { status: 'delivered' } });
    expect(parsed).not.toHaveProperty('optOut');
  });

  it('refuses a replayed report and one signed with another secret', () => {
    expect(emailStatusWebhook.authenticate(signedReport(report(), now - 3_600), secret)).toMatchObject({ ok: false, reason: expect.stringMatching(/replay/) });
    expect(emailStatusWebhook.authenticate(signedReport(report()), 'other')).toMatchObject({ ok: false, reason: 'the signature does not match the body' });
  });

  it('names each field at fault in a report it cannot read', () => {
    expect(emailStatusWebhook.parse(signedReport('not json'))).toEqual({ invalid: [{ field: '(body)', message: 'the report is not JSON' }] });
    const invalid = emailStatusWebhook.parse(signedReport(report({ status: 'opened', recipient: 'nobody' })));
    expect('invalid' in invalid && invalid.invalid.map((i) => i.field).sort()).toEqual(['recipient', 'status']);
  });
});
