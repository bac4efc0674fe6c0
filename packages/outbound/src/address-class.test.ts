import { describe, expect, it } from 'vitest';
import { classifyAddress, isCallableAddress } from './address-class';

describe('the address classes Kairos refuses', () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade-nat'],
    ['fd00::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
  ])('classifies %s as %s', (address, cls) => {
    expect(classifyAddress(address)).toBe(cls);
    expect(isCallableAddress(classifyAddress(address), false)).toBe(false);
  });

  it('sees the IPv4 host inside an IPv4-mapped or NAT64 IPv6 address', () => {
    expect(classifyAddress('::ffff:10.0.0.1')).toBe('private');
    expect(classifyAddress('::ffff:169.254.169.254')).toBe('metadata');
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('metadata');
    expect(classifyAddress('64:ff9b::808:808')).toBe('public');
  });

  it('calls public unicast addresses, and loopback only under the test allowance', () => {
    expect(classifyAddress('8.8.8.8')).toBe('public');
    expect(classifyAddress('2606:4700::1111')).toBe('public');
    expect(isCallableAddress('public', false)).toBe(true);
    expect(isCallableAddress('loopback', true)).toBe(true);
    expect(isCallableAddress('private', true)).toBe(false);
    expect(isCallableAddress('metadata', true)).toBe(false);
  });

  it('treats text that is no address as reserved, never as public', () => {
    expect(classifyAddress('example.com')).toBe('reserved');
    expect(classifyAddress('0x7f.1')).toBe('reserved');
  });
});
