// Twilio's request signing: X-Twilio-Signature = base64(HMAC-SHA1(auth token, full URL + each POST
// parameter name and value, sorted by name)). Used for status callbacks and inbound messages.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
  header: string | undefined,
): { ok: true } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: 'the request is not signed (no X-Twilio-Signature header)' };
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { ok: true }
    : { ok: false, reason: 'the X-Twilio-Signature does not match the URL and parameters' };
}
