import { ErrorCode, type ErrorBody, type FieldIssue } from '@parley/shared';

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  protocol_mismatch: 400,
  origin_not_allowed: 403,
  unavailable: 503,
  internal: 500,
};

/**
 * The one error type domain code throws for an expected failure. HTTP and socket layers map
 * it to a status / ack; anything else is logged with its stack and answered as `internal`.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Which fields were invalid, when the failure is a validation one. */
    readonly issues?: FieldIssue[],
    /** For `rate_limited`: how long until the same request would be taken (the `Retry-After`). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusByCode[code];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues?.length ? { issues: this.issues } : {}),
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.notFound, `${what} not found`);
