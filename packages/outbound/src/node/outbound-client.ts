// One portfolio's way out, built once from its policy: what providers, the webhook step and custom
// nodes are handed instead of fetch and raw sockets.
import { checkHost } from '../check-url';
import type { OutboundPolicy } from '../policy';
import { outboundFetch, type OutboundAnswer, type OutboundLimits, type OutboundRequest } from './outbound-fetch';
import { resolveChecked, systemResolver, type HostResolution, type Resolver } from './resolve-checked';

export interface OutboundClient {
  readonly policy: OutboundPolicy;
  /** An HTTP request under the policy (see outboundFetch). */
  fetch(url: string, init?: OutboundRequest, limits?: Partial<OutboundLimits>): Promise<OutboundAnswer>;
  /** For protocols other than HTTP (SMTP): the host checked against the policy and resolved, the addresses to connect to. */
  resolveHost(host: string): Promise<HostResolution>;
}

export function createOutboundClient(policy: OutboundPolicy, options: { resolve?: Resolver; limits?: Partial<OutboundLimits> } = {}): OutboundClient {
  const resolve = options.resolve ?? systemResolver;
  return {
    policy,
    fetch: (url, init = {}, limits = {}) => outboundFetch(url, init, policy, { ...options.limits, ...limits, resolve }),
    resolveHost: async (host) => {
      const allowed = checkHost(host, policy);
      return allowed.ok ? resolveChecked(allowed.host, policy, resolve) : allowed;
    },
  };
}
