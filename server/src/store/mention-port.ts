import type { Mention } from '@parley/shared';

/** Stored mentions: one per note and person named (a re-sent note stores none again). */
export interface MentionStore {
  /** Stores those not stored yet (by message and agent); returns the ones it stored. */
  createMentions(mentions: Mention[]): Promise<Mention[]>;
  /** The agent's mentions, newest first; `unreadOnly` leaves out those marked read. */
  listMentions(agentId: string, options: { unreadOnly: boolean; limit: number }): Promise<Mention[]>;
  /** Marks one of the agent's mentions read (the first time counts); `null` when it is not theirs. */
  markMentionRead(id: string, agentId: string, at: number): Promise<Mention | null>;
}
