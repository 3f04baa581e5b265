import type { ErrorBody } from '@parley/shared';
import { AppError } from '../app-error.js';

/**
 * An error for a namespace middleware's `next(err)`: the client's `connect_error` receives
 * `err.message` and `err.data` (socket.io's ExtendedError), so it can switch on the code.
 */
export function handshakeError(err: unknown): Error & { data: ErrorBody } {
  const body: ErrorBody =
    err instanceof AppError ? err.toBody() : { code: 'internal', message: 'handshake failed' };
  return Object.assign(new Error(body.message), { data: body });
}
