// The SMTP provider against the mail peer the kill tests use: what the provider sends arrives with its
// Message-ID, and the peer's signed delivery report is one the email webhook accepts and matches to it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { providerPolicy as portfolioPolicy } from '../registry';
import { createOutboundClient, loopbackAllowance } from '@kairos/outbound/node';
import { startEmailPeer, type EmailPeer } from '@kairos/testkit/email-peer';
import { emailStatusWebhook } from './email-status-webhook';
import { createSmtpProvider } from './smtp-provider';

const secret = 'email-peer-secret';
let peer: EmailPeer;
const reports: Array<{ raw: string; signature: string | undefined }> = [];
const webhook = createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    reports.push({ raw, signature: req.headers['kairos-signature'] as string | undefined });
    res.writeHead(200).end('{}');
  });
});
beforeAll(async () => {
  peer = await startEmailPeer();
  await new Promise<void>((r) => webhook.listen(0, '127.0.0.1', r));
  peer.reportTo(`http://127.0.0.1:${(webhook.address() as AddressInfo).port}/api/v1/webhooks/email/default`, secret);
});
afterAll(async () => {
  await peer?.stop();
  await new Promise((r) => webhook.close(r));
});

it('receives what the SMTP provider sends and reports its delivery as the email webhook expects it', async () => {
  const smtp = createSmtpProvider({ host: peer.host, port: peer.port, secure: false, from: 'Kairos <collections@kairos.example>' }, createOutboundClient(portfolioPolicy(undefined, { allowLoopback: loopbackAllowance(true) })));
  const message = { idempotencyKey: 'enr:email-1:1', accountId: 'A-1', channel: 'email' as const, recipient: 'dana@example.com', subject: 'Balance', body: 'Dear Dana' };
  peer.holdReports();
  const sent = await smtp.send(message);
  expect(peer.received).toMatchObject([{ to: 'dana@example.com', subject: 'Balance', body: 'Dear Dana', messageId: sent.providerMessageId }]);
  expect(reports).toEqual([]);
  await peer.releaseReports();
  const [report] = reports;
  const req = { url: 'http://kairos.test/api/v1/webhooks/email/default', rawBody: report!.raw, nowSeconds: Math.floor(Date.now() / 1000), header: (n: string) => (n.toLowerCase() === 'kairos-signature' ? report!.signature : undefined) };
  expect(emailStatusWebhook.authenticate(req, secret)).toMatchObject({ ok: true });
  expect(emailStatusWebhook.parse(req)).toMatchObject({ receipt: { provider: 'smtp', providerMessageId: sent.providerMessageId, status: 'delivered' } });
});
