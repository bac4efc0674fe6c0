// Stripe's webhook signing scheme: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=...]` where v1 is
// HMAC-SHA256(secret, "<t>.<raw body>"). Any v1 may match (during secret rotation); the timestamp
// must be within the tolerance, so a captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

export const DEFAULT_TOLERANCE_SECONDS = 300;

const hmacHex = (secret: string, text: string) => createHmac('sha256', secret).update(text, 'utf8').digest('hex');

/** Constant-time comparison of two hex strings. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length || !/^[0-9a-f]*$/i.test(a)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** Parse `t=...,v1=...` headers (Stripe's and Kairos's own). */
export function parseTimestampedSignature(header: string): { t: number; v1: string[] } | null {
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2) as [string, string | undefined];
    if (k === 't' && v && /^\d+$/.test(v)) t = Number(v);
    else if (k === 'v1' && v) v1.push(v);
  }
  return t === undefined || v1.length === 0 ? null : { t, v1 };
}

export function verifyTimestampedSignature(
  rawBody: string,
  header: string | undefined,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): SignatureCheck {
  if (!header) return { ok: false, reason: 'the request is not signed (no signature header)' };
  const parsed = parseTimestampedSignature(header);
  if (!parsed) return { ok: false, reason: 'the signature header is malformed: expected t=<unix seconds>,v1=<hex>' };
  if (Math.abs(nowSeconds - parsed.t) > toleranceSeconds) {
    return { ok: false, reason: `the signature timestamp is ${Math.abs(nowSeconds - parsed.t)} s away from now (tolerance ${toleranceSeconds} s): refused as a possible replay` };
  }
  const expected = hmacHex(secret, `${parsed.t}.${rawBody}`);
  return parsed.v1.some((s) => sameHex(s, expected)) ? { ok: true, timestamp: parsed.t } : { ok: false, reason: 'the signature does not match the body' };
}

/** Verify a Stripe webhook (`Stripe-Signature` header) against the endpoint's signing secret. */
export const verifyStripeSignature = verifyTimestampedSignature;

/** Sign a body the way Stripe and Kairos do (for outgoing webhooks and tests). */
export const timestampedSignature = (secret: string, rawBody: string, unixSeconds: number) =>
  `t=${unixSeconds},v1=${hmacHex(secret, `${unixSeconds}.${rawBody}`)}`;
