// A local mail peer: an SMTP server that keeps what reached each inbox (the mail system's view of what a
// customer received), and the bounce processor beside it that reports each email's fate to Kairos's
// signed email webhook (`Kairos-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`).
// What the SMTP provider and the email webhook are tested against; nothing leaves the machine.
import { createHmac, randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface PeerEmail {
  to: string;
  from: string;
  subject: string;
  body: string;
  /** The Message-ID the sender gave it (Kairos derives it from the attempt's idempotency key). */
  messageId: string;
  receivedAt: number;
}

export interface EmailPeer {
  host: string;
  port: number;
  /** Every email accepted, once per recipient, in order. */
  received: PeerEmail[];
  /** From now on, report each accepted email delivered to `webhookUrl`, signed with `secret`. */
  reportTo(webhookUrl: string, secret: string): void;
  /** Hold reports until releaseReports() (a report arriving late, or not at all). */
  holdReports(): void;
  releaseReports(): Promise<void>;
  stop(): Promise<void>;
}

/** The signature header of Kairos's generic webhooks for a raw body at `t` (Unix seconds). */
export const kairosSignature = (secret: string, rawBody: string, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex')}`;

export async function startEmailPeer(): Promise<EmailPeer> {
  const received: PeerEmail[] = [];
  let target: { url: string; secret: string } | undefined;
  let held: Array<() => Promise<void>> | null = null;
  const inFlight = new Set<Promise<void>>();

  const report = (m: PeerEmail) => {
    if (!target) return;
    const { url, secret } = target;
    const post = async () => {
      const body = JSON.stringify({ eventId: `delivered-${randomBytes(8).toString('hex')}`, messageId: m.messageId, status: 'delivered', recipient: m.to });
      // A real bounce processor retries until answered 200; so does this one, a few times.
      for (let tries = 0; tries < 20; tries++) {
        const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'kairos-signature': kairosSignature(secret, body) }, body }).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    if (held) held.push(post);
    else {
      const p = post().finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, cb) => {
      simpleParser(stream).then(
        (mail) => {
          for (const rcpt of session.envelope.rcptTo) {
            const m: PeerEmail = {
              to: rcpt.address,
              from: mail.from?.value[0]?.address ?? '',
              subject: mail.subject ?? '',
              body: (mail.text ?? '').trim(),
              messageId: mail.messageId ?? '',
              receivedAt: Date.now(),
            };
            received.push(m);
            report(m);
          }
          cb();
        },
        (err: Error) => cb(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  return {
    host: '127.0.0.1',
    port,
    received,
    reportTo: (url, secret) => void (target = { url, secret }),
    holdReports: () => void (held ??= []),
    async releaseReports() {
      const pending = held ?? [];
      held = null;
      for (const post of pending) await post();
    },
    async stop() {
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
