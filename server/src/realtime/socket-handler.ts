import type { z } from 'zod';
import { ErrorCode, describeIssues, type Ack, type ErrorBody } from '@parley/shared';
import { AppError } from '../app-error.js';
import type { Logger } from '../logger.js';
import type { Inflight } from '../lifecycle/inflight.js';

export interface HandlerContext {
  log: Logger;
  inflight: Inflight;
}

/**
 * Wraps a command handler: parses the payload with its schema before `fn` runs, answers the
 * ack with `{ ok, data }` or `{ ok: false, error }`, and maps unexpected errors to `internal`
 * (logged with their stack). Commands sent without an ack are dropped: every command is
 * acknowledged, and a sender that cannot hear the answer cannot retry correctly.
 */
export function handler<S extends z.ZodType, R>(
  ctx: HandlerContext,
  schema: S,
  fn: (input: z.output<S>) => Promise<R>,
): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return;
    const reply = ack as (result: Ack<R>) => void;
    if (ctx.inflight.draining) {
      reply({ ok: false, error: { code: ErrorCode.unavailable, message: 'server is restarting, retry after reconnect' } });
      return;
    }
    const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      reply({ ok: false, error: { code: ErrorCode.badRequest, message: describeIssues(parsed.error) } });
      return;
    }
    void ctx.inflight
      .track(() => fn(parsed.data))
      .then(
        (data) => reply({ ok: true, data }),
        (err: unknown) => reply({ ok: false, error: toErrorBody(err, ctx.log) }),
      );
  };
}

export function toErrorBody(err: unknown, log: Logger): ErrorBody {
  if (err instanceof AppError) return err.toBody();
  log.error({ err }, 'unexpected error in a socket handler');
  return { code: ErrorCode.internal, message: 'internal error' };
}
