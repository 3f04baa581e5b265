import { ErrorCode, type ErrorBody } from '@parley/shared';

/**
 * What the request's own bytes did wrong, found before any route ran: Express's router throws
 * `URIError` (status 400) for a path parameter with a malformed percent-escape (`%E4%ZZ`,
 * `%C0%AF`, `%`), body-parser throws http-errors with a `type` and a 4xx `status` (too large,
 * not JSON, a charset or encoding it cannot read, an aborted or mis-sized body). Each is the
 * client's mistake: a 4xx with a clear code, never a 500. `null` for anything else.
 */
export function clientErrorOf(err: unknown): { status: number; body: ErrorBody } | null {
  if (err instanceof URIError) {
    return { status: 400, body: { code: ErrorCode.badRequest, message: 'the URL has a malformed percent-escape' } };
  }
  if (typeof err !== 'object' || err === null) return null;
  const { type, status } = err as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large' || status === 413) {
    return { status: 413, body: { code: ErrorCode.payloadTooLarge, message: 'request body is too large' } };
  }
  if (type === 'entity.parse.failed') {
    return { status: 400, body: { code: ErrorCode.badRequest, message: 'request body is not valid JSON' } };
  }
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
    return { status: 400, body: { code: ErrorCode.badRequest, message: `the request body could not be read (${type})` } };
  }
  return null;
}
