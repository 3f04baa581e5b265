import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './private-address.js';

describe('addresses a webhook may not reach', () => {
  it('refuses loopback, private, link-local (metadata), CGNAT and reserved IPv4', () => {
    for (const a of ['127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it('refuses loopback, unique-local, link-local and IPv4-mapped private IPv6', () => {
    for (const a of ['::1', '[::1]', '::', 'fd00:ec2::254', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it('lets public addresses through, and counts anything not an IP as private', () => {
    for (const a of ['93.184.215.14', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
    expect(isPrivateAddress('localhost')).toBe(true);
  });
});
