/** Which way a message travels: visitor to agent, or agent to visitor. */
export type Direction = 'v2a' | 'a2v';

/** What a transport reports back to the generator, with process.hrtime.bigint() timestamps. */
export interface TransportHooks {
  /** The message `key` reached the other end of its conversation. */
  delivered(key: string, at: bigint): void;
  /** The server acknowledged `key` to its sender (Parley: after storing it). */
  acked(key: string, ok: boolean, at: bigint): void;
}

/**
 * One way of carrying chat lines between the two ends of many conversations. Parley's and the
 * bare relay's implementations are driven by the same generator, with the same payload size.
 */
export interface DeliveryTransport {
  readonly conversations: number;
  send(conversation: number, direction: Direction, key: string, text: string): void;
  close(): Promise<void>;
}
