import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { providerPolicy as portfolioPolicy } from '../registry';
import { createOutboundClient, loopbackAllowance, type Resolver } from '@kairos/outbound/node';
import { MessageNotTakenError } from '../provider';
import { createSmtpProvider, messageIdFor } from './smtp-provider';

// The SMTP server listens on loopback: reached through the test-only allowance.
const throughTestAllowance = createOutboundClient(portfolioPolicy(undefined, { allowLoopback: loopbackAllowance(true) }));

// A real SMTP server on a free port: it refuses one mailbox for good, one for now, and keeps what arrived.
const arrived: Array<{ to: string[]; raw: string }> = [];
let server: SMTPServer;
let port: number;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, cb) => (auth.username === 'kairos' && auth.password === 's3cret' ? cb(null, { user: 'kairos' }) : cb(new Error('bad credentials'))),
    onRcptTo: (address, _session, cb) => {
      if (address.address === 'nobody@example.com') return cb(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
      if (address.address === 'full@example.com') return cb(Object.assign(new Error('4.2.2 mailbox full, try later'), { responseCode: 452 }));
      cb();
    },
    onData: (stream, session, cb) => {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        arrived.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

const smtp = () => createSmtpProvider({ host: '127.0.0.1', port, secure: false, user: 'kairos', password: 's3cret', from: 'Kairos Collections <collections@kairos.example>', unsubscribeUrl: (m) => `https://kairos.test/unsubscribe/${m.idempotencyKey}` }, throughTestAllowance);
const email = { idempotencyKey: 'enr:email-1:1', accountId: 'A-1', channel: 'email' as const, recipient: 'dana@example.com', subject: 'Your balance', body: 'Dear Dana,\nyour balance is $123.45.' };

it('delivers the email to the SMTP server with its subject, body, a Message-ID fixed by the idempotency key and a one-click unsubscribe', async () => {
  const known = smtp().messageIdFor!(email);
  const r = await smtp().send(email);
  expect(r).toMatchObject({ status: 'sent', providerMessageId: messageIdFor(email.idempotencyKey, 'collections@kairos.example') });
  // Known before the call: a bounce report for a send whose booking was lost still finds its attempt.
  expect(r.providerMessageId).toBe(known);
  const got = arrived.at(-1)!;
  expect(got.to).toEqual(['dana@example.com']);
  const parsed = await simpleParser(got.raw);
  expect(parsed.subject).toBe('Your balance');
  expect(parsed.text?.trim()).toBe('Dear Dana,\nyour balance is $123.45.');
  expect(parsed.messageId).toBe(r.providerMessageId);
  expect(parsed.headers.get('x-kairos-idempotency-key')).toBe('enr:email-1:1');
  expect(got.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  expect(got.raw).toContain('List-Unsubscribe: <https://kairos.test/unsubscribe/enr:email-1:1>');
});

it('reports a mailbox the server refuses for good as bounced, and throws on a temporary refusal', async () => {
  const before = arrived.length;
  expect(await smtp().send({ ...email, recipient: 'nobody@example.com' })).toMatchObject({ status: 'bounced', providerStatus: '550' });
  // A temporary refusal: the server certainly does not have it, so the retry may send it.
  await expect(smtp().send({ ...email, recipient: 'full@example.com' })).rejects.toThrow(MessageNotTakenError);
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  await expect(createSmtpProvider({ host: '127.0.0.1', port: closedPort, secure: false, from: 'a@kairos.example' }, throughTestAllowance).send(email)).rejects.toThrow(MessageNotTakenError);
  expect(arrived.length).toBe(before);
});

it('fails the email without connecting when the SMTP host is not allowed or resolves to a private address', async () => {
  const before = arrived.length;
  let connections = 0;
  server.server.on('connection', () => connections++);
  const privateDns: Resolver = async () => [{ address: '192.168.10.25', family: 4 }];
  const production = createOutboundClient(portfolioPolicy({ allowedHosts: ['mail.example.com'] }), { resolve: privateDns });
  const settings = { port, secure: false, from: 'collections@kairos.example' };
  const results = [
    await createSmtpProvider({ ...settings, host: '127.0.0.1' }, production).send(email),
    await createSmtpProvider({ ...settings, host: 'smtp.elsewhere.example.net' }, production).send(email),
    await createSmtpProvider({ ...settings, host: 'mail.example.com' }, production).send(email),
  ];
  expect(results.map((r) => [r.status, r.providerStatus, 'error' in r ? r.error : ''])).toEqual([
    ['failed', 'refused', "the portfolio's SMTP host is refused: 127.0.0.1 is a loopback address (this machine): Kairos never calls loopback, private, link-local or metadata addresses"],
    ['failed', 'refused', expect.stringContaining('smtp.elsewhere.example.net is not among the hosts this portfolio may call')],
    ['failed', 'refused', expect.stringContaining('mail.example.com resolves to 192.168.10.25, a private network address')],
  ]);
  expect(connections).toBe(0);
  expect(arrived.length).toBe(before);
});
