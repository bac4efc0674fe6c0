// Our Twilio verifier against the official `twilio` package's helpers, both ways.
import twilio from 'twilio';
import { expect, it } from 'vitest';
import { twilioSignature, verifyTwilioSignature } from './twilio-signature';

const token = '12345678901234567890123456789012';
const url = 'https://kairos.example.com/api/v1/webhooks/twilio/default/status?x=1';
const params = { MessageSid: 'SM0123', MessageStatus: 'delivered', To: '+15555550123', From: '+15550001111', Body: 'Ünïcode & spaces' };

it('accepts what twilio.getExpectedTwilioSignature signs, and twilio.validateRequest accepts ours', () => {
  const official = twilio.getExpectedTwilioSignature(token, url, params);
  expect(twilioSignature(token, url, params)).toBe(official);
  expect(verifyTwilioSignature(token, url, params, official)).toEqual({ ok: true });
  expect(twilio.validateRequest(token, twilioSignature(token, url, params), url, params)).toBe(true);
});

it('accepts the URL signed with or without its default port, as Twilio\'s helper does', () => {
  const withPort = 'https://kairos.example.com:443/api/v1/webhooks/twilio/default/status?x=1';
  expect(verifyTwilioSignature(token, url, params, twilio.getExpectedTwilioSignature(token, withPort, params)).ok).toBe(true);
  expect(verifyTwilioSignature(token, withPort, params, twilio.getExpectedTwilioSignature(token, url, params)).ok).toBe(true);
});

it('refuses a missing signature, another token, another URL or changed parameters', () => {
  const good = twilio.getExpectedTwilioSignature(token, url, params);
  expect(verifyTwilioSignature(token, url, params, undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/not signed/) });
  expect(verifyTwilioSignature('x'.repeat(32), url, params, good).ok).toBe(false);
  expect(verifyTwilioSignature(token, url.replace('default', 'other'), params, good).ok).toBe(false);
  expect(verifyTwilioSignature(token, url, { ...params, MessageStatus: 'failed' }, good).ok).toBe(false);
});
