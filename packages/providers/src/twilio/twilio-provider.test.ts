import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { providerPolicy as portfolioPolicy } from '../registry';
import { createOutboundClient, loopbackAllowance, type Resolver } from '@kairos/outbound/node';
import { startTwilioPeer, type TwilioPeer } from '@kairos/testkit/twilio-peer';
import { MessageNotTakenError } from '../provider';
import { callTwiml, createTwilioProvider, TwilioTransientError } from './twilio-provider';

// The peer listens on loopback: reached through the test-only allowance, as in every test of a provider.
const throughTestAllowance = createOutboundClient(portfolioPolicy(undefined, { allowLoopback: loopbackAllowance(true) }));

let peer: TwilioPeer;
beforeAll(async () => {
  peer = await startTwilioPeer();
});
afterAll(async () => peer?.stop());

const provider = (over: Partial<Parameters<typeof createTwilioProvider>[0]> = {}, outbound = throughTestAllowance) =>
  createTwilioProvider({ accountSid: peer.accountSid, authToken: peer.authToken, from: '+15550001111', whatsappFrom: '+15550002222', baseUrl: peer.url, ...over }, outbound);
const message = { idempotencyKey: 'e:s:1', accountId: 'A-1', recipient: '+15555550123', body: 'Hi Dana' };

it('sends an SMS in Twilio\'s request format, with a status callback naming its attempt, and answers the message SID as queued', async () => {
  const r = await provider({ statusCallbackUrl: 'https://kairos.test/api/v1/webhooks/twilio/default/status' }).send({ ...message, channel: 'sms' });
  expect(r).toMatchObject({ status: 'queued', providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/) });
  expect(peer.received.at(-1)).toMatchObject({
    kind: 'message', to: '+15555550123', from: '+15550001111', body: 'Hi Dana',
    statusCallback: 'https://kairos.test/api/v1/webhooks/twilio/default/status?attempt=e%3As%3A1', idempotencyToken: 'e:s:1',
  });
  await provider({ statusCallbackUrl: 'https://kairos.test/api/v1/webhooks/twilio/default/status' }).send({ ...message, channel: 'voice' });
  expect(new URL(peer.received.at(-1)!.statusCallback!).searchParams.get('attempt')).toBe('e:s:1');
});

it('addresses WhatsApp with the whatsapp: prefix and places calls that read the message aloud', async () => {
  await provider().send({ ...message, channel: 'whatsapp' });
  expect(peer.received.at(-1)).toMatchObject({ to: 'whatsapp:+15555550123', from: 'whatsapp:+15550002222' });
  const call = await provider().send({ ...message, channel: 'voice', body: 'Balance <due> & payable' });
  expect(call.providerMessageId).toMatch(/^CA/);
  expect(peer.received.at(-1)!.twiml).toBe('<Response><Say>Balance &lt;due&gt; &amp; payable</Say></Response>');
  expect(callTwiml({ body: 'x', recordingUrl: 'https://r.test/a.mp3' })).toBe('<Response><Play>https://r.test/a.mp3</Play></Response>');
});

it('reports a number Twilio refuses as a failed send, not an error to retry', async () => {
  const r = await provider().send({ ...message, channel: 'sms', recipient: '5551234' });
  expect(r).toMatchObject({ status: 'failed', providerStatus: 'error 21211', error: expect.stringContaining('not a valid phone number') });
});

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

it('throws, to be retried, when the credentials are refused or Twilio cannot be reached: Twilio certainly has no message then', async () => {
  await expect(provider({ authToken: 'wrong' }).send({ ...message, channel: 'sms' })).rejects.toThrow(MessageNotTakenError);
  const unreachable = provider({ baseUrl: `http://127.0.0.1:${await closedPort()}` }).send({ ...message, channel: 'sms' });
  await expect(unreachable).rejects.toThrow(MessageNotTakenError);
  await expect(unreachable).rejects.toThrow(/could not be reached.*ECONNREFUSED/);
});

it('throws without saying the message is not taken when Twilio fails mid-request: it may have been created', async () => {
  const failing = createServer((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"busy"}'));
  await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r));
  try {
    const sent = provider({ baseUrl: `http://127.0.0.1:${(failing.address() as AddressInfo).port}` }).send({ ...message, channel: 'sms' });
    await expect(sent).rejects.toThrow(TwilioTransientError);
    await expect(sent).rejects.not.toThrow(MessageNotTakenError);
  } finally {
    await new Promise((r) => failing.close(r));
  }
});

it('fails the message, sending the auth token nowhere, when the base URL is refused by the outbound policy', async () => {
  const before = peer.received.length;
  const lookups: string[] = [];
  const privateDns: Resolver = async (name) => (lookups.push(name), [{ address: '10.0.0.7', family: 4 }]);
  const production = createOutboundClient(portfolioPolicy({ allowedHosts: ['twilio-proxy.example.com'] }), { resolve: privateDns });
  const refused = await Promise.all([
    provider({ baseUrl: 'file:///etc/passwd' }, production).send({ ...message, channel: 'sms' }),
    provider({ baseUrl: peer.url }, production).send({ ...message, channel: 'sms' }),
    provider({ baseUrl: 'https://twilio-proxy.example.com' }, production).send({ ...message, channel: 'sms' }),
  ]);
  expect(refused.map((r) => [r.status, r.providerStatus, 'error' in r ? r.error : ''])).toEqual([
    ['failed', 'refused', "the portfolio's Twilio base URL is refused: Kairos sends requests over https only, not file: use an https:// URL"],
    ['failed', 'refused', expect.stringContaining('not http')],
    ['failed', 'refused', expect.stringContaining('twilio-proxy.example.com resolves to 10.0.0.7, a private network address')],
  ]);
  expect(lookups).toEqual(['twilio-proxy.example.com']);
  expect(peer.received.length).toBe(before);
});
