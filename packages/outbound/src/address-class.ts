// What kind of network an IP address belongs to, and whether Kairos may send a request there.
// Only ordinary public unicast addresses are callable: an address inside the deployment's own
// network (private, loopback, link-local, carrier-grade NAT, unique-local) or a cloud metadata
// service is where a forged URL would reach secrets, so it is refused however it was named.
import ipaddr from 'ipaddr.js';

export type AddressClass =
  | 'public'
  | 'metadata'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade-nat'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'reserved';

/**
 * Cloud metadata services, named on their own so the refusal says so (each also lies in a refused
 * range): AWS/GCP/Azure/OpenStack, AWS ECS task metadata, AWS over IPv6, Alibaba, Oracle.
 */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200', '192.0.0.192']);

const V4_CLASSES: Record<string, AddressClass> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade-nat',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'multicast',
};

const V6_CLASSES: Record<string, AddressClass> = {
  unicast: 'public',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
};

/** Whether the text is an IPv4 or IPv6 address (IPv6 without brackets). */
export const isIpAddress = (text: string): boolean => ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);

/** The class of an address (IPv4 or IPv6 text, no brackets); anything unusual counts as reserved. */
export function classifyAddress(address: string): AddressClass {
  if (!isIpAddress(address)) return 'reserved';
  const parsed = ipaddr.parse(address);
  if (METADATA_ADDRESSES.has(canonicalText(parsed))) return 'metadata';
  if (parsed.kind() === 'ipv4') return V4_CLASSES[parsed.range()] ?? 'reserved';
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  // An IPv4 address inside IPv6 (::ffff:10.0.0.1, or NAT64's 64:ff9b::/96) reaches that IPv4 host.
  if (range === 'ipv4Mapped') return classifyAddress(v6.toIPv4Address().toString());
  if (range === 'rfc6052') return classifyAddress(ipaddr.fromByteArray(v6.toByteArray().slice(12)).toString());
  return V6_CLASSES[range] ?? 'reserved';
}

const canonicalText = (a: ipaddr.IPv4 | ipaddr.IPv6) => (a.kind() === 'ipv6' ? (a as ipaddr.IPv6).toRFC5952String() : a.toString());

/** Kairos calls public addresses; loopback too when the test-only allowance is on. */
export const isCallableAddress = (cls: AddressClass, allowLoopback: boolean): boolean => cls === 'public' || (allowLoopback && cls === 'loopback');

const DESCRIPTIONS: Record<Exclude<AddressClass, 'public'>, string> = {
  metadata: 'a cloud metadata address',
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  'link-local': 'a link-local address',
  'carrier-grade-nat': 'a carrier-grade NAT address (a provider-internal network)',
  'unique-local': 'a unique-local IPv6 address (a private network)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast or broadcast address',
  reserved: 'a reserved or special-purpose address',
};

/** "a private network address", for refusals. */
export const describeAddressClass = (cls: Exclude<AddressClass, 'public'>): string => DESCRIPTIONS[cls];
