import type mongoose from 'mongoose';
import type { AgentDoc, ConversationDoc } from './mongo-documents.js';

type Collection<T extends mongoose.mongo.Document> = mongoose.mongo.Collection<T>;

/** Rounds before a recount that keeps losing to claims and closes gives up healing this time. */
const recountAttempts = 8;

/**
 * Sets an agent's `activeChats` to the number of open conversations they hold (with `also`,
 * e.g. a new capacity), as one compare-and-set: the counter read before the count must still
 * be there when the count is written, else a claim or a release landed meanwhile and the
 * recount runs again. A plain count-then-set would overwrite such a change, leaving the agent
 * one chat over (or under) capacity for good. `also` is written even when every round loses.
 */
export async function recountSlots(
  c: { agents: Collection<AgentDoc>; conversations: Collection<ConversationDoc> },
  agentId: string,
  also: Partial<AgentDoc>,
): Promise<void> {
  for (let attempt = 0; attempt < recountAttempts; attempt++) {
    const agent = await c.agents.findOne({ _id: agentId }, { projection: { activeChats: 1 } });
    if (!agent) return;
    const counted = await c.conversations.countDocuments({ assigneeId: agentId, status: 'open' });
    const written = await c.agents.updateOne(
      { _id: agentId, activeChats: agent.activeChats === undefined ? { $exists: false } : agent.activeChats },
      { $set: { ...also, activeChats: counted } },
    );
    if (written.matchedCount === 1) return;
  }
  await c.agents.updateOne({ _id: agentId }, { $set: also });
}
