import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address.js';

describe('the address a limit counts', () => {
  it('is the peer, unless the peer is a loopback proxy', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 127.0.0.1')).toBe('198.51.100.1');
    // A client cannot hide behind a forged first hop: the rightmost untrusted one counts.
    expect(clientAddress('127.0.0.1', '10.9.9.9, 198.51.100.1')).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', 'not-an-ip')).toBe('127.0.0.1');
  });

  it('counts IPv6 clients by their /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});
