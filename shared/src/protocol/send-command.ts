import { ErrorCode, type Ack, type AckCallback } from '../errors.js';

/** The ack type of a command in an event map: `Ack<T>` for `(payload, ack: AckCallback<T>) => void`. */
export type AckOf<F> = F extends (payload: never, ack: AckCallback<infer T>) => void ? Ack<T> : never;
export type PayloadOf<F> = F extends (payload: infer P, ack: never) => void ? P : never;

/** The part of a socket.io-client Socket this needs; keeps shared free of socket.io imports. */
export interface CommandSocket {
  // Socket.IO's own emitWithAck types are generic over its event map; this stays loose on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  timeout(ms: number): { emitWithAck(event: any, ...args: any[]): Promise<any> };
}

/**
 * Sends a command and resolves with its typed ack. A timeout resolves as `unavailable`
 * (never rejects): the caller cannot know whether the server stored it, so it retries with
 * the same clientId and the server's de-duplication answers with the stored message.
 * @example const ack = await visitorCommand(socket, 'message:send', { clientId, text }, 5000);
 */
export async function sendCommand<E, K extends keyof E & string>(
  socket: CommandSocket,
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

/** `sendCommand` bound to one audience's event map, so calls infer payload and ack from the event name. */
export function commandSender<E>() {
  return <K extends keyof E & string>(socket: CommandSocket, event: K, payload: PayloadOf<E[K]>, timeoutMs: number) =>
    sendCommand<E, K>(socket, event, payload, timeoutMs);
}
