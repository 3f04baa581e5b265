import { ErrorCode } from '@parley/shared';
import { AppError } from '../../app-error.js';

/** The contact list's cursor: where the page before ended, opaque to clients (base64url JSON). */
export function encodeContactCursor(at: { updatedAt: number; id: string }): string {
  return Buffer.from(JSON.stringify([at.updatedAt, at.id])).toString('base64url');
}

/** `bad_request` naming `cursor` for anything this server did not hand out. */
export function decodeContactCursor(cursor: string): { updatedAt: number; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string' && value[1].length <= 64) {
      return { updatedAt: value[0] as number, id: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new AppError(ErrorCode.badRequest, 'cursor: not a cursor this server gave', [{ path: 'cursor', message: 'not a cursor this server gave' }]);
}
