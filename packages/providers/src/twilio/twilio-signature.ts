// Twilio's request signing: X-Twilio-Signature = base64(HMAC-SHA1(auth token, full URL + each POST
// parameter name and value, sorted by name)). Used for status callbacks and inbound messages.
// Tested against the official `twilio` package's getExpectedTwilioSignature and validateRequest.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The URL with its default port stated or left out: Twilio signs whichever form it was given, so both are accepted (as its own helper does). */
function urlForms(url: string): string[] {
  // Read the port from the text: URL() drops a default port, and we must know whether it was written.
  const m = /^(https?):\/\/([^/:?#]+)(?::(\d+))?(.*)$/.exec(url);
  if (!m) return [url];
  const [, scheme, host, port, rest] = m as unknown as [string, string, string, string | undefined, string];
  const defaultPort = scheme === 'https' ? '443' : '80';
  if (port) return port === defaultPort ? [url, `${scheme}://${host}${rest}`] : [url];
  return [url, `${scheme}://${host}:${defaultPort}${rest}`];
}

export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
  header: string | undefined,
): { ok: true } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: 'the request is not signed (no X-Twilio-Signature header)' };
  const given = Buffer.from(header);
  const matches = urlForms(url).some((form) => {
    const expected = Buffer.from(twilioSignature(authToken, form, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return matches ? { ok: true } : { ok: false, reason: 'the X-Twilio-Signature does not match the URL and parameters' };
}
