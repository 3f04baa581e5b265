import type mongoose from 'mongoose';
import type { AgentDoc, ConversationDoc } from './mongo-documents.js';

/**
 * Routing's per-agent counter on MongoDB, `agents.activeChats` (see mongo-routing-store.ts):
 * every operation that gives an agent an open conversation takes a slot, every one that ends
 * it gives the slot back. Shared by the routing store and the bot store, whose handoffs move
 * conversations between agents and bots. (SQLite counts the open conversations instead.)
 */
export class AgentSlots {
  constructor(private readonly agents: mongoose.mongo.Collection<AgentDoc>) {}

  /** `agentId` now holds one more open conversation (no capacity check: see the routing claim). */
  async take(agentId: string, at: number): Promise<void> {
    await this.agents.updateOne({ _id: agentId }, { $inc: { activeChats: 1 }, $set: { lastAssignedAt: at } });
  }

  /** `old` is the conversation as it was before a change: the agent it leaves gets its slot back. */
  async release(old: Pick<ConversationDoc, 'status' | 'assigneeId'>): Promise<void> {
    if (old.status === 'open' && old.assigneeId) await this.agents.updateOne({ _id: old.assigneeId }, { $inc: { activeChats: -1 } });
  }
}
