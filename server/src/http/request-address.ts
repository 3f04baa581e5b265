import type { Request } from 'express';
import { clientAddress } from '../limits/client-address.js';

/** The address the limits count a request under (the proxy rule is `clientAddress`'s). */
export function requestAddress(req: Request): string {
  return clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
}
