// @kairos/outbound: the one policy for every request Kairos sends out. This entry is pure (no Node
// built-ins), so the editor's lint and the API's save-time checks use it as the senders do;
// `@kairos/outbound/node` sends requests under it.
export { classifyAddress, describeAddressClass, isCallableAddress, isIpAddress, type AddressClass } from './address-class';
export { hostMatches, hostPatternProblem, hostPatternSchema, normalizeHost } from './host-patterns';
export { outboundSettingsSchema, portfolioPolicy, type OutboundPolicy, type OutboundSettings } from './policy';
export {
  addressRefusal,
  checkHost,
  checkUrl,
  describeUrl,
  isLoopbackHost,
  type HostCheck,
  type OutboundRefusal,
  type OutboundRefusalCode,
  type UrlCheck,
} from './check-url';
