// DNS under the policy: a host name is resolved once, every address it answers is checked, and
// only those checked addresses are ever connected to (the connection's lookup answers them), so a
// name that resolves to a public address for the check and to 169.254.169.254 for the connection
// (DNS rebinding) cannot slip through.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { classifyAddress, isCallableAddress, isIpAddress } from '../address-class';
import { addressRefusal, type OutboundRefusal } from '../check-url';
import { normalizeHost } from '../host-patterns';
import type { OutboundPolicy } from '../policy';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Answers the addresses of a host name; injected by tests so that no real name is ever looked up. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The operating system's resolver (getaddrinfo), every address it answers. */
export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** Thrown for trouble worth retrying: DNS failures, refused connections, timeouts. */
export class OutboundUnreachableError extends Error {
  constructor(
    message: string,
    readonly reason: 'dns' | 'network' | 'timeout',
    /** The resolver's or socket's own error: its code (ECONNREFUSED, ENOTFOUND) tells a sender whether anything went out. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'OutboundUnreachableError';
  }
}

export type HostResolution = { ok: true; host: string; addresses: ResolvedAddress[] } | { ok: false; refusal: OutboundRefusal };

/**
 * Resolve a host and check every address it answers: one refused address refuses the host (a name
 * mixing public and private answers is not to be trusted). Throws OutboundUnreachableError when DNS fails.
 */
export async function resolveChecked(host: string, policy: OutboundPolicy, resolve: Resolver, afterSending = false): Promise<HostResolution> {
  const name = normalizeHost(host);
  let addresses: ResolvedAddress[];
  if (isIpAddress(name)) addresses = [{ address: name, family: name.includes(':') ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(name);
    } catch (err) {
      throw new OutboundUnreachableError(`${name} could not be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check the host name`, 'dns', err);
    }
    if (addresses.length === 0) throw new OutboundUnreachableError(`${name} has no addresses: check the host name`, 'dns');
  }
  for (const a of addresses) {
    const cls = classifyAddress(a.address);
    if (!isCallableAddress(cls, policy.allowLoopback)) return { ok: false, refusal: addressRefusal(name, cls === 'public' ? 'reserved' : cls, a.address, afterSending) };
  }
  return { ok: true, host: name, addresses };
}

/** A `lookup` for net/tls connections that answers only the checked addresses (pins the connection to them). */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as unknown as LookupFunction;
}
