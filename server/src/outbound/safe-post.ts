import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { OutboundRefused, guardedLookup } from './outbound-url.js';
import { isPrivateAddress } from './private-address.js';

export interface SafePostOptions {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** ALLOW_PRIVATE_WEBHOOKS: loopback and private addresses are reachable (tests, intranets). */
  allowPrivate: boolean;
}

/**
 * One POST to a URL someone outside the operators typed in (a webhook bot's): the address is
 * checked at connect time (`guardedLookup`, so DNS rebinding gets nowhere), redirects are not
 * followed (a 3xx is just an answer), and the answer's body is read and dropped. Resolves with
 * the status; rejects with `OutboundRefused`, a network error, or a `TimeoutError`.
 */
export function safePost(url: string, options: SafePostOptions): Promise<number> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new OutboundRefused(`${host} is a private, loopback or link-local address`));
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.timeout(options.timeoutMs);
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        signal,
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', (err) => reject(signal.aborted ? Object.assign(new Error('timed out'), { name: 'TimeoutError' }) : err));
    req.end(options.body);
  });
}
