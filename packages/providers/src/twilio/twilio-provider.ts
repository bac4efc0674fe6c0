// SMS, WhatsApp and voice over HTTP in Twilio's REST format: Messages.json and Calls.json, form-encoded,
// basic auth with the account SID and auth token, status callbacks to Kairos's signed webhook.
import type { SendChannel as Channel } from '@kairos/channels';
import type { OutboundAnswer, OutboundClient } from '@kairos/outbound/node';
import { MessageNotTakenError, type ChannelProvider, type OutgoingMessage, type SendResult } from '../provider';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** Sender number for SMS and calls (or a messaging service for SMS). */
  from?: string;
  messagingServiceSid?: string;
  /** WhatsApp sender, e.g. +14155238886 (sent as whatsapp:+14155238886). */
  whatsappFrom?: string;
  /**
   * https://api.twilio.com by default; any server speaking the same protocol (a proxy, a test peer)
   * that the portfolio's outbound policy allows: the auth token goes wherever this points.
   */
  baseUrl?: string;
  /**
   * Where Twilio posts status callbacks (Kairos's /api/v1/webhooks/twilio/<portfolio>/status). Each
   * message's callback URL names its attempt (`?attempt=<idempotency key>`, see `statusCallbackFor`).
   */
  statusCallbackUrl?: string;
}

/** The query parameter of a status callback URL that names the contact attempt by its idempotency key. */
export const CALLBACK_ATTEMPT_PARAM = 'attempt';

/**
 * A message's status callback URL: the portfolio's, naming the attempt. Twilio signs the URL with its
 * query, and calls back with it even when the answer to the send itself was lost (a worker stopped
 * before booking the message SID): the callback then still finds, and settles, its attempt.
 */
export function statusCallbackFor(base: string, idempotencyKey: string): string {
  const url = new URL(base);
  url.searchParams.set(CALLBACK_ATTEMPT_PARAM, idempotencyKey);
  return url.toString();
}

/**
 * Thrown for answers worth retrying where Twilio may have created the message (a 5xx, a lost answer);
 * a 4xx refusal of the message itself is a failed send instead, and trouble after which Twilio
 * certainly has no message (429, refused credentials, nothing listening) a MessageNotTakenError.
 */
export class TwilioTransientError extends Error {}

/** Connection errors that happen before a request is sent: the message cannot have been created. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** TwiML for a call: play the recording, else read the message aloud. */
export const callTwiml = (m: Pick<OutgoingMessage, 'body' | 'recordingUrl'>) =>
  `<Response>${m.recordingUrl ? `<Play>${escapeXml(m.recordingUrl)}</Play>` : `<Say>${escapeXml(m.body)}</Say>`}</Response>`;

/** A sender for one Twilio account; every request goes out through the portfolio's outbound policy. */
export function createTwilioProvider(s: TwilioSettings, outbound: OutboundClient): ChannelProvider {
  const base = (s.baseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
  const auth = `Basic ${Buffer.from(`${s.accountSid}:${s.authToken}`).toString('base64')}`;
  const channels: Channel[] = ['sms', 'voice', ...(s.whatsappFrom ? (['whatsapp'] as const) : [])];

  function form(m: OutgoingMessage): { path: string; params: URLSearchParams } {
    const params = new URLSearchParams();
    if (m.channel === 'voice') {
      params.set('To', m.recipient);
      params.set('From', s.from ?? '');
      params.set('Twiml', callTwiml(m));
      if (s.statusCallbackUrl) {
        params.set('StatusCallback', statusCallbackFor(s.statusCallbackUrl, m.idempotencyKey));
        params.set('StatusCallbackMethod', 'POST');
        for (const e of ['initiated', 'ringing', 'answered', 'completed']) params.append('StatusCallbackEvent', e);
      }
      return { path: 'Calls.json', params };
    }
    const whatsapp = m.channel === 'whatsapp';
    params.set('To', whatsapp ? `whatsapp:${m.recipient}` : m.recipient);
    if (whatsapp) params.set('From', `whatsapp:${s.whatsappFrom}`);
    else if (s.messagingServiceSid) params.set('MessagingServiceSid', s.messagingServiceSid);
    else params.set('From', s.from ?? '');
    params.set('Body', m.body);
    if (s.statusCallbackUrl) params.set('StatusCallback', statusCallbackFor(s.statusCallbackUrl, m.idempotencyKey));
    return { path: 'Messages.json', params };
  }

  return {
    id: 'twilio',
    channels,
    // Twilio keeps no idempotency keys for new messages: a send that may have gone out is not repeated.
    deduplicates: false,
    sendsReceipts: Boolean(s.statusCallbackUrl),
    async send(m): Promise<SendResult> {
      const { path, params } = form(m);
      let answer: OutboundAnswer;
      try {
        answer = await outbound.fetch(
          `${base}/2010-04-01/Accounts/${encodeURIComponent(s.accountSid)}/${path}`,
          { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', 'i-twilio-idempotency-token': m.idempotencyKey }, body: params },
          { timeoutMs: 15_000 },
        );
      } catch (err) {
        const code = ((err as Error).cause as { code?: string } | undefined)?.code;
        const message = `Twilio could not be reached: ${(err as Error).message}${code ? ` (${code})` : ''}`;
        // A timeout or a connection dropped mid-request may come after Twilio created the message.
        throw code && NEVER_CONNECTED.has(code) ? new MessageNotTakenError(message) : new TwilioTransientError(message);
      }
      if (!answer.ok) {
        // Refused before anything went out: the message fails (the next channel is tried) with the reason.
        if (!answer.refusal.afterSending) return { status: 'failed', providerStatus: 'refused', error: `the portfolio's Twilio base URL is refused: ${answer.refusal.message}` };
        // The first host may have the message: retried, the attempt is booked unconfirmed and never sent twice.
        throw new TwilioTransientError(`Twilio's answer was refused: ${answer.refusal.message}`);
      }
      const res = answer.response;
      const body = (await res.json().catch(() => ({}))) as { sid?: string; status?: string; code?: number; message?: string; error_code?: number | null; error_message?: string | null };
      if (res.status === 429) throw new MessageNotTakenError(`Twilio is rate limiting this account (429): ${body.message ?? ''}`);
      if (res.status >= 500) throw new TwilioTransientError(`Twilio answered ${res.status}: ${body.message ?? ''}`);
      if (res.status === 401 || res.status === 403) {
        // Wrong credentials fail every message alike: retrying (after someone fixes the portfolio) is right.
        throw new MessageNotTakenError(`Twilio refused the credentials of account ${s.accountSid} (${res.status}): check the portfolio's Twilio settings`);
      }
      if (res.status >= 400 || !body.sid) {
        return { status: 'failed', providerStatus: `error ${body.code ?? res.status}`, error: `Twilio refused the message: ${body.message ?? `HTTP ${res.status}`} (${body.code ?? res.status})` };
      }
      if (body.status === 'failed' || body.status === 'undelivered') {
        return { status: 'failed', providerMessageId: body.sid, providerStatus: body.status, error: body.error_message ?? `Twilio reported ${body.status}` };
      }
      return { status: 'queued', providerMessageId: body.sid, providerStatus: body.status ?? 'queued' };
    },
  };
}
