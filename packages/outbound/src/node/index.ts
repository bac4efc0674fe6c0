// @kairos/outbound/node: sending under the outbound policy (Node only: DNS, sockets).
export { createOutboundClient, type OutboundClient } from './outbound-client';
export { DEFAULT_OUTBOUND_LIMITS, outboundFetch, type OutboundAnswer, type OutboundLimits, type OutboundOptions, type OutboundRequest } from './outbound-fetch';
export { OutboundUnreachableError, pinnedLookup, resolveChecked, systemResolver, type HostResolution, type ResolvedAddress, type Resolver } from './resolve-checked';
export { LOOPBACK_ALLOWANCE_ENV, loopbackAllowance } from './test-allowance';
