// outboundFetch against a loopback server reached only through the test allowance, with a fake
// resolver: no request in this file leaves the machine, and every refusal is shown to happen
// before any socket is opened (Node announces each client socket on a diagnostics channel).
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { portfolioPolicy } from '../policy';
import { outboundFetch } from './outbound-fetch';
import { OutboundUnreachableError, type ResolvedAddress, type Resolver } from './resolve-checked';

let sockets = 0;
const countSocket = () => sockets++;
const seen: Array<{ method: string; url: string; headers: IncomingHttpHeaders }> = [];
const server = createServer((req, res) => {
  seen.push({ method: req.method!, url: req.url!, headers: req.headers });
  const route: Record<string, () => void> = {
    '/ok': () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"fine":true}'),
    '/big': () => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 1);
      for (let i = 0; i < 32; i++) res.write(chunk);
      res.end();
    },
    '/declared-big': () => res.writeHead(200, { 'content-length': String(5 * 1024 * 1024) }).end(),
    '/slow': () => undefined,
    '/to-metadata': () => res.writeHead(302, { location: 'https://169.254.169.254/latest/meta-data/' }).end(),
    '/to-private-name': () => res.writeHead(307, { location: 'https://hooks.example.com/in' }).end(),
    '/to-ok': () => res.writeHead(302, { location: '/ok' }).end(),
    '/to-other-origin': () => res.writeHead(307, { location: `http://localhost:${port}/ok` }).end(),
    '/loop': () => res.writeHead(302, { location: '/loop' }).end(),
  };
  (route[req.url!] ?? (() => res.writeHead(404).end()))();
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  subscribe('net.client.socket', countSocket);
});
afterAll(async () => {
  unsubscribe('net.client.socket', countSocket);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  sockets = 0;
  seen.length = 0;
});

/** A resolver answering from a table, counting its lookups. */
function fakeDns(table: Record<string, string[] | string[][]>) {
  const lookups: string[] = [];
  const resolve: Resolver = async (name) => {
    lookups.push(name);
    const entry = table[name];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    const answer = (Array.isArray(entry[0]) ? (entry as string[][])[Math.min(lookups.filter((l) => l === name).length - 1, entry.length - 1)]! : (entry as string[]));
    return answer.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, lookups };
}

const production = portfolioPolicy({ allowedHosts: ['hooks.example.com'] });
const tests = portfolioPolicy({ allowedHosts: ['hooks.example.com'] }, { allowLoopback: true });
const local = (path: string) => `http://127.0.0.1:${port}${path}`;

describe('outboundFetch refuses private destinations before connecting', () => {
  it.each(['10.0.0.1', '127.0.0.1', '169.254.169.254', '::1', 'fd00::1', '100.64.0.1', 'fd00:ec2::254'])(
    'refuses a host that resolves to %s, and opens no socket',
    async (address) => {
      const dns = fakeDns({ 'hooks.example.com': [address] });
      const answer = await outboundFetch('https://hooks.example.com/in', { method: 'POST', body: '{}' }, production, { resolve: dns.resolve });
      expect(answer).toMatchObject({ ok: false, refusal: { code: 'address', message: expect.stringContaining(`hooks.example.com resolves to ${address}`) } });
      expect(answer.ok || answer.refusal.afterSending).toBeFalsy();
      expect(dns.lookups).toEqual(['hooks.example.com']);
      expect(sockets).toBe(0);
    },
  );

  it('refuses a host when any one of its addresses is private', async () => {
    const dns = fakeDns({ 'hooks.example.com': ['93.184.215.14', '10.1.2.3'] });
    expect(await outboundFetch('https://hooks.example.com/in', {}, production, { resolve: dns.resolve })).toMatchObject({ ok: false, refusal: { code: 'address' } });
    expect(sockets).toBe(0);
  });

  it('refuses a URL the pure check refuses without even asking DNS', async () => {
    const dns = fakeDns({});
    for (const url of ['file:///etc/passwd', 'http://169.254.169.254/latest/meta-data/', 'https://elsewhere.example.net/', local('/ok')]) {
      expect((await outboundFetch(url, {}, production, { resolve: dns.resolve })).ok, url).toBe(false);
    }
    expect(dns.lookups).toEqual([]);
    expect(sockets).toBe(0);
  });
});

describe('outboundFetch under the test allowance', () => {
  it('reaches a loopback server and answers its status, headers and body', async () => {
    const answer = await outboundFetch(local('/ok'), {}, tests, { resolve: fakeDns({}).resolve });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.response.status).toBe(200);
    expect(answer.response.headers.get('content-type')).toBe('application/json');
    expect(await answer.response.json()).toEqual({ fine: true });
  });

  it('connects to the address it checked, never asking DNS again', async () => {
    // The fake answers loopback first (checked, allowed in tests), then the metadata address: a
    // rebinding attempt. The system resolver does not know the name, so reaching the server at all
    // shows that the connection used the checked answer.
    const dns = fakeDns({ 'peer.localhost': [['127.0.0.1'], ['169.254.169.254']] });
    const answer = await outboundFetch(`http://peer.localhost:${port}/ok`, {}, tests, { resolve: dns.resolve });
    expect(answer.ok).toBe(true);
    expect(dns.lookups).toEqual(['peer.localhost']);
    expect(seen.map((s) => s.url)).toEqual(['/ok']);
  });

  it('keeps private ranges other than loopback refused', async () => {
    const dns = fakeDns({ 'hooks.example.com': ['192.168.1.20'] });
    expect(await outboundFetch('https://hooks.example.com/in', {}, tests, { resolve: dns.resolve })).toMatchObject({ ok: false, refusal: { code: 'address' } });
    expect(sockets).toBe(0);
  });
});

describe('outboundFetch on redirects', () => {
  it('follows a redirect within the policy, a POST continuing as a GET', async () => {
    const answer = await outboundFetch(local('/to-ok'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }, tests, { resolve: fakeDns({}).resolve });
    expect(answer.ok && answer.response.status).toBe(200);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /to-ok', 'GET /ok']);
  });

  it('refuses a redirect to a metadata address, connecting nowhere after the first host', async () => {
    const answer = await outboundFetch(local('/to-metadata'), {}, tests, { resolve: fakeDns({}).resolve });
    expect(answer).toMatchObject({
      ok: false,
      refusal: { code: 'address', afterSending: true, message: 'redirected to https://169.254.169.254/latest/meta-data/, which is refused: 169.254.169.254 is a cloud metadata address: Kairos never calls loopback, private, link-local or metadata addresses' },
    });
    expect(sockets).toBe(1);
  });

  it('refuses a redirect to an allowed name that resolves to a private address', async () => {
    const dns = fakeDns({ 'hooks.example.com': ['10.0.0.1'] });
    const answer = await outboundFetch(local('/to-private-name'), { method: 'POST', body: 'x' }, tests, { resolve: dns.resolve });
    expect(answer).toMatchObject({ ok: false, refusal: { code: 'address', afterSending: true, message: expect.stringContaining('hooks.example.com resolves to 10.0.0.1') } });
    expect(dns.lookups).toEqual(['hooks.example.com']);
    expect(sockets).toBe(1);
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    const dns = fakeDns({ localhost: ['127.0.0.1'] });
    const answer = await outboundFetch(local('/to-other-origin'), { headers: { authorization: 'Basic c2VjcmV0', 'x-trace': 't1' } }, tests, { resolve: dns.resolve });
    expect(answer.ok).toBe(true);
    expect(seen[0]!.headers.authorization).toBe('Basic c2VjcmV0');
    expect(seen[1]!.headers.authorization).toBeUndefined();
    expect(seen[1]!.headers['x-trace']).toBe('t1');
  });

  it('stops after the redirect limit', async () => {
    const answer = await outboundFetch(local('/loop'), {}, tests, { resolve: fakeDns({}).resolve, maxRedirects: 2 });
    expect(answer).toMatchObject({ ok: false, refusal: { code: 'redirect', afterSending: true } });
    expect(seen).toHaveLength(3);
  });
});

describe('outboundFetch limits', () => {
  it('refuses an answer larger than the limit, streamed or declared', async () => {
    for (const path of ['/big', '/declared-big']) {
      const answer = await outboundFetch(local(path), {}, tests, { resolve: fakeDns({}).resolve, maxBytes: 1024 * 1024 });
      expect(answer, path).toMatchObject({ ok: false, refusal: { code: 'answer-too-large', afterSending: true } });
    }
  });

  it('gives up on a server that does not answer in time, as trouble worth retrying', async () => {
    const call = outboundFetch(local('/slow'), {}, tests, { resolve: fakeDns({}).resolve, timeoutMs: 300 });
    await expect(call).rejects.toThrow(OutboundUnreachableError);
    await expect(call).rejects.toMatchObject({ reason: 'timeout', message: `no answer from ${local('/slow')} within 300 ms` });
  });

  it('gives up on DNS that does not answer in time, and reports a name that does not resolve', async () => {
    const never: Resolver = () => new Promise(() => undefined);
    await expect(outboundFetch('https://hooks.example.com/in', {}, production, { resolve: never, timeoutMs: 200 })).rejects.toMatchObject({ reason: 'timeout' });
    await expect(outboundFetch('https://hooks.example.com/in', {}, production, { resolve: fakeDns({}).resolve })).rejects.toMatchObject({
      reason: 'dns',
      message: 'hooks.example.com could not be resolved (ENOTFOUND): check the host name',
    });
    expect(sockets).toBe(0);
  });
});
