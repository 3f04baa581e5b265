import type { Request } from 'express';
import { addressKey } from '../limits/client-address.js';

/** The address the limits count a request under: `req.ip` (TRUST_PROXY decides whose X-Forwarded-For counts), IPv6 by its /64. */
export function requestAddress(req: Request): string {
  return addressKey(req.ip ?? req.socket.remoteAddress ?? '');
}
