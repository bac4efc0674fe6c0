// Email over SMTP through nodemailer. The server's answer decides: accepted is "sent", a permanent
// refusal of the recipient (5xx) is "bounced" (and the next fallback channel is tried), anything
// transient (4xx, connection trouble) throws so the activity is retried. The server is reached
// through the portfolio's outbound policy: its host allowed, its address checked and pinned.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { isIpAddress } from '@kairos/outbound';
import type { OutboundClient } from '@kairos/outbound/node';
import { MessageNotTakenError, type ChannelProvider, type OutgoingMessage, type SendResult } from '../provider';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Where the holder unsubscribes with one click (RFC 8058); absent: no List-Unsubscribe header. */
  unsubscribeUrl?: (message: OutgoingMessage) => string | undefined;
}

/** The Message-ID of a send: the same for every retry of it, so mail systems and threads see one message. */
export const messageIdFor = (idempotencyKey: string, from: string) =>
  `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${from.split('@')[1]?.replace(/[>\s]/g, '') || 'kairos.invalid'}>`;

/** nodemailer's error codes for failures before a message could be handed over. */
const NOT_TAKEN_CODES = new Set(['EDNS', 'EAUTH', 'ENOAUTH', 'EENVELOPE']);

/** A sender for one SMTP server; each send resolves and checks its host under the portfolio's outbound policy. */
export function createSmtpProvider(s: SmtpSettings, outbound: OutboundClient): ChannelProvider {
  // The connection goes to the checked address; TLS still presents and verifies the host's name.
  const transportTo = (address: string) =>
    nodemailer.createTransport({
      host: address,
      ...(isIpAddress(s.host) ? {} : { servername: s.host, tls: { servername: s.host } }),
      port: s.port,
      secure: s.secure,
      ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  return {
    id: 'smtp',
    channels: ['email'],
    deduplicates: false,
    sendsReceipts: true,
    messageIdFor: (m) => messageIdFor(m.idempotencyKey, s.from),
    async send(m): Promise<SendResult> {
      const messageId = messageIdFor(m.idempotencyKey, s.from);
      const unsubscribe = s.unsubscribeUrl?.(m);
      let destination;
      try {
        destination = await outbound.resolveHost(s.host);
      } catch (err) {
        // No address, no connection: nothing was handed over.
        throw new MessageNotTakenError(`SMTP send to ${s.host}:${s.port} failed, will retry: ${(err as Error).message}`);
      }
      if (!destination.ok) {
        return { status: 'failed', providerStatus: 'refused', error: `the portfolio's SMTP host is refused: ${destination.refusal.message}` };
      }
      const transport = transportTo(destination.addresses[0]!.address);
      try {
        const info = await transport.sendMail({
          from: s.from,
          to: m.recipient,
          subject: m.subject ?? '',
          text: m.body,
          messageId,
          headers: {
            'X-Kairos-Idempotency-Key': m.idempotencyKey,
            ...(unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
          },
        });
        if (info.rejected.length > 0) {
          return { status: 'bounced', providerMessageId: messageId, providerStatus: 'rejected', error: `the mail server refused ${m.recipient}` };
        }
        return { status: 'sent', providerMessageId: messageId, providerStatus: info.response.slice(0, 200) };
      } catch (err) {
        const e = err as Error & { responseCode?: number; response?: string; code?: string; errno?: number };
        if (e.responseCode !== undefined && e.responseCode >= 500) {
          return { status: 'bounced', providerMessageId: messageId, providerStatus: String(e.responseCode), error: `the mail server refused the message: ${e.response ?? e.message}` };
        }
        const message = `SMTP send to ${s.host}:${s.port} failed, will retry: ${e.message}`;
        // A 4xx reply (greylisting, a full mailbox), a refused connection, no session: the server did not
        // take it. A connection lost or timed out later may come after it did.
        const notTaken = (e.responseCode !== undefined && e.responseCode >= 400) || (e.code !== undefined && NOT_TAKEN_CODES.has(e.code)) || /\bECONNREFUSED\b/.test(e.message);
        throw notTaken ? new MessageNotTakenError(message) : new Error(message);
      } finally {
        transport.close();
      }
    },
  };
}
