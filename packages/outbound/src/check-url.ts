// The checks of a destination that need no network: the scheme, credentials in the URL, the host
// against the allowed hosts, and an address written into the URL. Pure, so the editor's lint, the
// API's save-time checks and the senders all decide alike; the senders then check what DNS answers.
import { classifyAddress, describeAddressClass, isIpAddress, type AddressClass } from './address-class';
import { hostMatches, normalizeHost } from './host-patterns';
import type { OutboundPolicy } from './policy';

export type OutboundRefusalCode = 'invalid-url' | 'scheme' | 'credentials' | 'address' | 'host-not-allowed' | 'redirect' | 'answer-too-large';

/** Why Kairos will not send a request (or will not read its answer). */
export interface OutboundRefusal {
  code: OutboundRefusalCode;
  /** Says what is wrong and what to do next; never carries the URL's query or credentials. */
  message: string;
  /** True when the request had already reached the first host (a refused redirect, too large an answer). */
  afterSending?: boolean;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; refusal: OutboundRefusal };
export type HostCheck = { ok: true; host: string } | { ok: false; refusal: OutboundRefusal };

/** scheme://host/path of a URL, for messages and logs: never its query string or credentials. */
export function describeUrl(url: string | URL): string {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.host}${u.pathname}` : `${u.protocol} URL`;
  } catch {
    return 'a malformed URL';
  }
}

const isLoopbackName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/** Whether a host (no scheme, no port) is a loopback destination: localhost or a loopback address. */
export const isLoopbackHost = (host: string): boolean => {
  const h = normalizeHost(host);
  return isLoopbackName(h) || (isIpAddress(h) && classifyAddress(h) === 'loopback');
};

/** A destination address refused: `name` is the host as written, `address` what it resolved to (if different). */
export function addressRefusal(name: string, cls: Exclude<AddressClass, 'public'>, address?: string, afterSending = false): OutboundRefusal {
  const what = address && address !== name ? `${name} resolves to ${address}, ${describeAddressClass(cls)}` : `${name} is ${describeAddressClass(cls)}`;
  return { code: 'address', message: `${what}: Kairos never calls loopback, private, link-local or metadata addresses`, ...(afterSending ? { afterSending } : {}) };
}

const NOT_ALLOWED_HINT = "an admin adds it to the portfolio's allowed hosts (outbound.allowedHosts; *.example.com allows every subdomain)";

/** Whether a host may be called under the policy, before any DNS lookup. */
export function checkHost(host: string, policy: OutboundPolicy): HostCheck {
  const h = normalizeHost(host);
  if (policy.allowLoopback && isLoopbackHost(h)) return { ok: true, host: h };
  if (isLoopbackName(h)) {
    return { ok: false, refusal: addressRefusal(h, 'loopback') };
  }
  const cls = isIpAddress(h) ? classifyAddress(h) : 'public';
  if (cls !== 'public') return { ok: false, refusal: addressRefusal(h, cls) };
  if (!hostMatches(h, policy.allowedHosts)) {
    return { ok: false, refusal: { code: 'host-not-allowed', message: `${h} is not among the hosts this portfolio may call: ${NOT_ALLOWED_HINT}` } };
  }
  return { ok: true, host: h };
}

/** Whether a URL may be called under the policy, before any DNS lookup: https, no credentials, an allowed host. */
export function checkUrl(raw: string | URL, policy: OutboundPolicy): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, refusal: { code: 'invalid-url', message: 'not a URL: write it in full, e.g. https://hooks.example.com/kairos' } };
  }
  const host = normalizeHost(url.hostname);
  const loopbackForTests = policy.allowLoopback && isLoopbackHost(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackForTests)) {
    const scheme = url.protocol.replace(/:$/, '');
    return { ok: false, refusal: { code: 'scheme', message: `Kairos sends requests over https only, not ${scheme}: use an https:// URL` } };
  }
  if (url.username || url.password) {
    return { ok: false, refusal: { code: 'credentials', message: "the URL carries a user name or password: remove it and keep credentials in the portfolio's secrets" } };
  }
  const allowed = checkHost(host, policy);
  return allowed.ok ? { ok: true, url } : allowed;
}
