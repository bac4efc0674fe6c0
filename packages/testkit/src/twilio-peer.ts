// A local HTTP peer speaking Twilio's REST protocol (Messages.json, Calls.json) and calling back
// with Twilio's status-callback format, signed by the official `twilio` package's helper: what
// Kairos's Twilio provider and webhooks are tested against (no network leaves the machine).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import twilio from 'twilio';

export interface PeerMessage {
  sid: string;
  kind: 'message' | 'call';
  to: string;
  from: string;
  body: string;
  twiml?: string;
  statusCallback?: string;
  idempotencyToken?: string;
  receivedAt: number;
}

/** What happens to messages for a number: delivered (default), undelivered or failed; calls: completed, busy or no-answer. */
export type PeerOutcome = 'delivered' | 'undelivered' | 'failed' | 'completed' | 'busy' | 'no-answer';

export interface TwilioPeer {
  url: string;
  accountSid: string;
  authToken: string;
  /** Every message and call accepted, in order (the carrier's view: what reached a phone). */
  received: PeerMessage[];
  /** Outcome for a recipient's messages or calls from now on. */
  setOutcome(to: string, outcome: PeerOutcome): void;
  /** Hold status callbacks until release() (to test a receipt arriving late, or not at all). */
  holdCallbacks(): void;
  releaseCallbacks(): Promise<void>;
  /** Post an inbound message to `webhookUrl` as Twilio would, signed with the auth token; answers the HTTP status and body. */
  inbound(webhookUrl: string, p: { from: string; to: string; body: string }): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** POST `params` to `url` signed as Twilio signs its webhooks. */
export async function postSignedForm(url: string, authToken: string, params: Record<string, string>): Promise<{ status: number; body: string }> {
  const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params),
  });
  return { status: res.status, body: await res.text() };
}

export async function startTwilioPeer(opts: { accountSid?: string; authToken?: string } = {}): Promise<TwilioPeer> {
  const accountSid = opts.accountSid ?? sid('AC');
  const authToken = opts.authToken ?? randomBytes(16).toString('hex');
  const received: PeerMessage[] = [];
  const outcomes = new Map<string, PeerOutcome>();
  let held: Array<() => Promise<void>> | null = null;
  const inFlight = new Set<Promise<void>>();

  const callback = (m: PeerMessage, params: Record<string, string>) => {
    if (!m.statusCallback) return;
    const post = async () => {
      await postSignedForm(m.statusCallback!, authToken, { AccountSid: accountSid, ApiVersion: '2010-04-01', From: m.from, To: m.to, ...params }).catch(() => undefined);
    };
    if (held) held.push(post);
    else {
      const p = post().finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  };

  function messageCallbacks(m: PeerMessage) {
    const outcome = outcomes.get(m.to.replace(/^whatsapp:/, '')) ?? 'delivered';
    const status = (s: string, extra: Record<string, string> = {}) => ({ MessageSid: m.sid, SmsSid: m.sid, MessageStatus: s, SmsStatus: s, ...extra });
    callback(m, status('sent'));
    if (outcome === 'undelivered' || outcome === 'failed') callback(m, status(outcome, { ErrorCode: '30003', ErrorMessage: 'Unreachable destination handset' }));
    else callback(m, status('delivered'));
  }

  function callCallbacks(m: PeerMessage) {
    const outcome = outcomes.get(m.to) ?? 'completed';
    const status = (s: string, extra: Record<string, string> = {}) => ({ CallSid: m.sid, CallStatus: s, Direction: 'outbound-api', ...extra });
    callback(m, status('initiated'));
    callback(m, status('ringing'));
    if (outcome === 'completed') {
      callback(m, status('in-progress'));
      callback(m, status('completed', { CallDuration: '17' }));
    } else callback(m, status(outcome === 'busy' || outcome === 'no-answer' ? outcome : 'failed', { CallDuration: '0' }));
  }

  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return reply(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (match[1] !== accountSid || req.headers.authorization !== expected) return reply(401, { code: 20003, message: 'Authenticate', status: 401 });
    const form = await readForm(req);
    const to = form.get('To') ?? '';
    if (!/^(whatsapp:)?\+[1-9]\d{6,14}$/.test(to)) return reply(400, { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 });
    const kind = match[2] === 'Calls' ? 'call' : 'message';
    const m: PeerMessage = {
      sid: sid(kind === 'call' ? 'CA' : 'SM'),
      kind,
      to,
      from: form.get('From') ?? form.get('MessagingServiceSid') ?? '',
      body: form.get('Body') ?? '',
      ...(form.get('Twiml') ? { twiml: form.get('Twiml')! } : {}),
      ...(form.get('StatusCallback') ? { statusCallback: form.get('StatusCallback')! } : {}),
      ...(req.headers['i-twilio-idempotency-token'] ? { idempotencyToken: String(req.headers['i-twilio-idempotency-token']) } : {}),
      receivedAt: Date.now(),
    };
    if (kind === 'message' && !m.body) return reply(400, { code: 21602, message: 'Message body is required.', status: 400 });
    received.push(m);
    reply(201, { sid: m.sid, account_sid: accountSid, to: m.to, from: m.from, body: m.body, status: 'queued', error_code: null, error_message: null, api_version: '2010-04-01' });
    if (kind === 'call') callCallbacks(m);
    else messageCallbacks(m);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    received,
    setOutcome: (to, outcome) => void outcomes.set(to, outcome),
    holdCallbacks: () => void (held ??= []),
    async releaseCallbacks() {
      const pending = held ?? [];
      held = null;
      for (const post of pending) await post();
    },
    inbound: (webhookUrl, p) =>
      postSignedForm(webhookUrl, authToken, { MessageSid: sid('SM'), AccountSid: accountSid, From: p.from, To: p.to, Body: p.body, NumMedia: '0', ApiVersion: '2010-04-01' }),
    async stop() {
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
