import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from './private-address.js';

/** Why an outbound URL was refused (a `bad_request` at save time, a failed attempt at send time). */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

/**
 * Checks a webhook URL when it is saved: refused when its host is, or resolves to, an address
 * `isPrivateAddress` names. A host that does not resolve now is let through (its DNS may come
 * later); every connection is checked again by `guardedLookup` anyway.
 */
export async function checkOutboundUrl(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isPrivateAddress(host)) throw new OutboundRefused(`${host} is a private, loopback or link-local address`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, list) => (err ? reject(err) : resolve(list))));
  } catch {
    return;
  }
  const inside = addresses.find((a) => isPrivateAddress(a.address));
  if (inside) throw new OutboundRefused(`${host} resolves to ${inside.address}, a private, loopback or link-local address`);
}

/**
 * A `lookup` for `http.request` that refuses a host resolving to any private address at the
 * moment of connecting: a name that pointed at a public address when the URL was saved and at
 * 127.0.0.1 now (DNS rebinding) is refused here. Every resolved address must be public, since
 * the socket may try any of them.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) {
      callback(err, '', 4);
      return;
    }
    const list = addresses as LookupAddress[];
    const inside = list.find((a) => isPrivateAddress(a.address));
    if (inside || list.length === 0) {
      const refused = new OutboundRefused(`${hostname} resolves to ${inside?.address ?? 'nothing'}, which webhooks may not reach`);
      callback(refused as NodeJS.ErrnoException, '', 4);
      return;
    }
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  });
};
