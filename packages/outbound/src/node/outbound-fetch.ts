// An HTTP request under the outbound policy: the URL checked, its host resolved and every address
// checked before any connection, the connection pinned to those addresses, each redirect checked
// again the same way (a limited number of hops), the whole exchange bounded in time and the answer
// in size. Policy refusals are values; trouble worth retrying (DNS, network, timeout) throws.
import { Agent, request, type Dispatcher } from 'undici';
import { checkUrl, describeUrl, type OutboundRefusal } from '../check-url';
import type { OutboundPolicy } from '../policy';
import { OutboundUnreachableError, pinnedLookup, resolveChecked, systemResolver, type Resolver } from './resolve-checked';

export interface OutboundLimits {
  /** The whole exchange, redirects included. */
  timeoutMs: number;
  /** The largest answer body read; a larger one is refused. */
  maxBytes: number;
  /** Redirects followed (each checked like the first URL). */
  maxRedirects: number;
}

export const DEFAULT_OUTBOUND_LIMITS: OutboundLimits = { timeoutMs: 10_000, maxBytes: 1024 * 1024, maxRedirects: 3 };

export interface OutboundRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | URLSearchParams;
}

export interface OutboundOptions extends Partial<OutboundLimits> {
  /** DNS; the system's by default, a fake in tests. */
  resolve?: Resolver;
  signal?: AbortSignal;
}

/** The answer (read in full, within the size limit), or why Kairos would not send or read it. */
export type OutboundAnswer = { ok: true; response: Response } | { ok: false; refusal: OutboundRefusal };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that must not follow a redirect to another origin (fetch drops them too). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Send a request under the policy. See the module comment for what is checked and when. */
export async function outboundFetch(url: string, init: OutboundRequest, policy: OutboundPolicy, options: OutboundOptions = {}): Promise<OutboundAnswer> {
  const limits = { ...DEFAULT_OUTBOUND_LIMITS, ...definedOnly(options) };
  const resolve = options.resolve ?? systemResolver;
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const timedOut = () => new OutboundUnreachableError(`no answer from ${describeUrl(url)} within ${limits.timeoutMs} ms`, 'timeout');

  const first = checkUrl(url, policy);
  if (!first.ok) return first;
  let current = first.url;
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body instanceof URLSearchParams ? init.body.toString() : init.body;
  const headers: Record<string, string> = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  if (init.body instanceof URLSearchParams) headers['content-type'] ??= 'application/x-www-form-urlencoded';

  for (let hop = 0; ; hop++) {
    const sent = hop > 0;
    const resolved = await untilAborted(resolveChecked(current.hostname, policy, resolve, sent), signal, timedOut);
    if (!resolved.ok) return { ok: false, refusal: sent ? redirected(current, resolved.refusal) : resolved.refusal };
    const agent = new Agent({ connect: { lookup: pinnedLookup(resolved.addresses) }, connections: 1, pipelining: 0 });
    try {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(current, { method: method as Dispatcher.HttpMethod, headers, ...(body !== undefined ? { body } : {}), dispatcher: agent, signal });
      } catch (err) {
        if (signal.aborted) throw timeout.aborted ? timedOut() : err;
        throw new OutboundUnreachableError(`${describeUrl(current)} could not be reached: ${(err as Error).message}`, 'network', err);
      }
      const location = header(res.headers, 'location');
      if (REDIRECTS.has(res.statusCode) && location) {
        await res.body.dump().catch(() => undefined);
        if (hop >= limits.maxRedirects) {
          return { ok: false, refusal: { code: 'redirect', message: `${describeUrl(url)} redirected more than ${limits.maxRedirects} times: call the final URL directly`, afterSending: true } };
        }
        const target = URL.canParse(location, current.href) ? new URL(location, current) : undefined;
        if (!target) return { ok: false, refusal: { code: 'redirect', message: `${describeUrl(current)} redirected to a malformed URL`, afterSending: true } };
        const next = checkUrl(target, policy);
        if (!next.ok) return { ok: false, refusal: redirected(target, next.refusal) };
        // As fetch does: a 303, and a 301/302 after a POST, continue as a GET without the body.
        if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
          delete headers['content-type'];
        }
        if (next.url.origin !== current.origin) for (const h of CREDENTIAL_HEADERS) delete headers[h];
        current = next.url;
        continue;
      }
      return await readAnswer(res, limits.maxBytes, current, signal, timedOut, timeout);
    } finally {
      await agent.destroy().catch(() => undefined);
    }
  }
}

const definedOnly = (o: Partial<OutboundLimits>): Partial<OutboundLimits> =>
  Object.fromEntries(Object.entries({ timeoutMs: o.timeoutMs, maxBytes: o.maxBytes, maxRedirects: o.maxRedirects }).filter(([, v]) => v !== undefined));

const header = (headers: Dispatcher.ResponseData['headers'], name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

const redirected = (to: URL, refusal: OutboundRefusal): OutboundRefusal => ({
  ...refusal,
  message: `redirected to ${describeUrl(to)}, which is refused: ${refusal.message}`,
  afterSending: true,
});

async function untilAborted<T>(work: Promise<T>, signal: AbortSignal, timedOut: () => Error): Promise<T> {
  if (signal.aborted) throw timedOut();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(timedOut());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

const NO_BODY = new Set([204, 205, 304]);

async function readAnswer(
  res: Dispatcher.ResponseData,
  maxBytes: number,
  url: URL,
  signal: AbortSignal,
  timedOut: () => Error,
  timeout: AbortSignal,
): Promise<OutboundAnswer> {
  const tooLarge = (): OutboundAnswer => ({
    ok: false,
    refusal: { code: 'answer-too-large', message: `${describeUrl(url)} answered more than ${maxBytes} bytes: Kairos reads answers up to that size`, afterSending: true },
  });
  const declared = Number(header(res.headers, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.body.destroy();
    return tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.body.destroy();
        return tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (signal.aborted) throw timeout.aborted ? timedOut() : err;
    throw new OutboundUnreachableError(`${describeUrl(url)} broke off its answer: ${(err as Error).message}`, 'network');
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const bytes = Buffer.concat(chunks);
  return { ok: true, response: new Response(NO_BODY.has(res.statusCode) || bytes.length === 0 ? null : bytes, { status: res.statusCode, headers }) };
}
