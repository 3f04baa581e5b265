import { ErrorCode, type Ack, type AckCallback } from '../errors.js';

/** The ack type of a command in an event map: `Ack<T>` for `(payload, ack: AckCallback<T>) => void`. */
export type AckOf<F> = F extends (payload: never, ack: AckCallback<infer T>) => void ? Ack<T> : never;
export type PayloadOf<F> = F extends (payload: infer P, ack: never) => void ? P : never;

/** The part of a socket.io-client Socket this needs; keeps shared free of socket.io imports. */
export interface CommandSocket<E> {
  timeout(ms: number): { emitWithAck(event: keyof E & string, payload: unknown): Promise<unknown> };
}

/**
 * Sends a command and resolves with its typed ack. A timeout resolves as `unavailable`
 * (never rejects): the caller cannot know whether the server stored it, so it retries with
 * the same clientId and the server's de-duplication answers with the stored message.
 * @example const ack = await sendCommand(socket, 'message:send', { clientId, text }, 5000);
 */
export async function sendCommand<E, K extends keyof E & string>(
  socket: CommandSocket<E>,
  event: K,
  payload: PayloadOf<E[K]>,
  timeoutMs: number,
): Promise<AckOf<E[K]>> {
  try {
    return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as AckOf<E[K]>;
  } catch {
    return { ok: false, error: { code: ErrorCode.unavailable, message: 'no answer from the server in time' } } as AckOf<E[K]>;
  }
}
