// One-click unsubscribe links (RFC 8058): a token naming the account, the channel and the contact
// attempt, signed with HMAC-SHA256 under a key derived from the API's secret. The worker signs the
// link it puts in the email (body and List-Unsubscribe header); the API checks it when followed. No
// state is stored: a link works as long as the secret is unchanged, as unsubscribe law expects.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const claimsSchema = z.object({
  v: z.literal(1),
  /** Account id. */
  a: z.string().min(1).max(200),
  c: z.enum(['email', 'sms', 'whatsapp', 'push']),
  /** Idempotency key of the contact attempt the link went out with (for the audit trail). */
  k: z.string().max(400).optional(),
});

export interface UnsubscribeClaims {
  accountId: string;
  channel: z.output<typeof claimsSchema>['c'];
  attemptKey?: string;
}

export type UnsubscribeTokenCheck =
  | { ok: true; claims: UnsubscribeClaims }
  /** `malformed`: not a token at all (a mangled link); `forged`: well formed but not signed by us. */
  | { ok: false; reason: 'malformed' | 'forged'; message: string };

// A key of its own, so a leaked link key can never sign sessions, and the other way round.
const linkKey = (secret: string) => createHmac('sha256', secret).update('kairos unsubscribe link v1').digest();
const mac = (secret: string, payload: string) => createHmac('sha256', linkKey(secret)).update(payload).digest();

/** A signed token for an unsubscribe link; URL-safe. */
export function signUnsubscribeToken(secret: string, claims: UnsubscribeClaims): string {
  const payload = Buffer.from(JSON.stringify({ v: 1, a: claims.accountId, c: claims.channel, ...(claims.attemptKey ? { k: claims.attemptKey } : {}) })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** Check a token's signature and read its claims. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeTokenCheck {
  const malformed = { ok: false, reason: 'malformed', message: 'this unsubscribe link is incomplete or damaged: open the link in the email again (the whole link, as one line)' } as const;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) return malformed;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'forged', message: 'this unsubscribe link was not issued by us (its signature does not match): use the link in the email you received' };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return malformed;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return malformed;
  const { a, c, k } = parsed.data;
  return { ok: true, claims: { accountId: a, channel: c, ...(k ? { attemptKey: k } : {}) } };
}

/** The public page behind a token: GET shows a confirmation button, POST (one-click) opts out. */
export const unsubscribeUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/unsubscribe/${token}`;
