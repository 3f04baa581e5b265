import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, trustProxyOf } from './client-address.js';

describe('the address a limit counts', () => {
  const loopback = trustProxyOf('loopback');
  const xff = (value: string) => ({ 'x-forwarded-for': value });

  it('is the peer, unless the peer is a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', xff('198.51.100.1'), loopback)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', xff('198.51.100.1'), loopback)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', xff('198.51.100.1, 127.0.0.1'), loopback)).toBe('198.51.100.1');
    // A client cannot hide behind a forged first hop: the rightmost untrusted one counts.
    expect(clientAddress('127.0.0.1', xff('10.9.9.9, 198.51.100.1'), loopback)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', {}, loopback)).toBe('127.0.0.1');
  });

  it('trusts the proxies TRUST_PROXY names (a container network)', () => {
    const docker = trustProxyOf('loopback, 172.16.0.0/12');
    expect(clientAddress('172.18.0.5', xff('198.51.100.1'), docker)).toBe('198.51.100.1');
    expect(clientAddress('172.18.0.5', xff('198.51.100.1'), loopback)).toBe('172.18.0.5');
  });

  it('counts IPv6 clients by their /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
