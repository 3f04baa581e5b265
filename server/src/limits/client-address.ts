import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';

/** Which peers are proxies whose `X-Forwarded-For` is believed (TRUST_PROXY, Express's syntax). */
export type TrustProxy = (address: string, hop: number) => boolean;

/** TRUST_PROXY's value (`loopback`, `uniquelocal`, CIDRs, comma-separated) as a predicate. */
export function trustProxyOf(setting: string): TrustProxy {
  return proxyaddr.compile(setting.split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * The address a limit counts a request under: the TCP peer, or, when the peer is a trusted
 * proxy, the rightmost untrusted address of `X-Forwarded-For` (the rule Express applies to
 * `req.ip` with the same TRUST_PROXY). IPv6 clients are counted by their /64: one host easily
 * holds a whole one.
 */
export function clientAddress(remote: string | undefined, headers: IncomingHttpHeaders, trust: TrustProxy): string {
  const request = { headers, connection: { remoteAddress: remote ?? '' }, socket: { remoteAddress: remote ?? '' } };
  return addressKey(proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust));
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; an IPv6 address → its /64 prefix. */
export function addressKey(address: string): string {
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
