/** Error codes that travel in acks and REST error bodies. Stable: clients switch on them. */
export const ErrorCode = {
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  /** A one-time link that was used already or has expired. */
  gone: 'gone',
  payloadTooLarge: 'payload_too_large',
  /** A file whose content is not one of the types the site accepts (checked by its bytes). */
  unsupportedMediaType: 'unsupported_media_type',
  rateLimited: 'rate_limited',
  protocolMismatch: 'protocol_mismatch',
  originNotAllowed: 'origin_not_allowed',
  unavailable: 'unavailable',
  internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One invalid field of a request: its dotted path (`hours.weekly.mon.0`) and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** For a `bad_request` from validation: each invalid field, so a form can show it beside the field. */
  issues?: FieldIssue[];
  /** For `rate_limited`: milliseconds until the same request would be taken (REST also sends `Retry-After`). */
  retryAfterMs?: number;
}

/** Every command is acknowledged with one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** The callback a client passes as the last argument of a command. */
export type AckCallback<T> = (result: Ack<T>) => void;
