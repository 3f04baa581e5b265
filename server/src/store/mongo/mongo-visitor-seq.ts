import type mongoose from 'mongoose';
import type { ConversationDoc, MessageDoc } from './mongo-documents.js';

/**
 * Numbers the visitor-visible messages of conversations stored before `visitorSeq` existed
 * (the SQLite migration's backfill, done at connect). Only documents without `lastVisitorSeq`
 * are touched, so it runs once; every conversation written since carries the field. Run it
 * before serving traffic: an append racing it on an old conversation would count from 1.
 */
export async function backfillVisitorSeq(
  conversations: mongoose.mongo.Collection<ConversationDoc>,
  messages: mongoose.mongo.Collection<MessageDoc>,
): Promise<number> {
  let done = 0;
  for await (const conversation of conversations.find({ lastVisitorSeq: { $exists: false } }, { projection: { _id: 1, agentReadSeq: 1 } })) {
    const visible = await messages
      .find({ conversationId: conversation._id, internal: false }, { projection: { _id: 1, seq: 1 }, sort: { seq: 1 } })
      .toArray();
    if (visible.length) {
      await messages.bulkWrite(
        visible.map((m, i) => ({ updateOne: { filter: { _id: m._id }, update: { $set: { visitorSeq: i + 1 } } } })),
        { ordered: false },
      );
    }
    const agentRead = conversation.agentReadSeq ?? 0;
    await conversations.updateOne(
      { _id: conversation._id, lastVisitorSeq: { $exists: false } },
      { $set: { lastVisitorSeq: visible.length, agentReadVisitorSeq: visible.filter((m) => m.seq <= agentRead).length } },
    );
    done++;
  }
  return done;
}
