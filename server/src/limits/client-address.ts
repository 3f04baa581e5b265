import { isIP } from 'node:net';

/**
 * The address a limit counts a request under. Behind a reverse proxy on the same host the
 * socket's peer is the proxy, so `X-Forwarded-For` is read from the right, skipping loopback
 * hops (the rule Express's `trust proxy: 'loopback'` applies to REST). IPv6 clients are counted
 * by their /64: one host easily holds a whole one.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined): string {
  let address = normalise(remote ?? '');
  if (isLoopback(address) && forwardedFor) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((h) => normalise(h.trim()));
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!;
      if (!isIP(hop)) break;
      address = hop;
      if (!isLoopback(hop)) break;
    }
  }
  return addressKey(address);
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; an IPv6 address → its /64 prefix. */
export function addressKey(address: string): string {
  const plain = normalise(address);
  if (isIP(plain) !== 6) return plain;
  const groups = expandIpv6(plain);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function normalise(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
