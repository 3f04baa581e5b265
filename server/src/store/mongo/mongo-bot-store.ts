import type mongoose from 'mongoose';
import type { BotMode, Conversation } from '@parley/shared';
import type { BotRecord, BotStore, DeliveryStatus, Resolution, WebhookDelivery } from '../bot-port.js';
import type { AgentSlots } from './mongo-agent-slots.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';
import { conversationFromDoc, type ConversationDoc } from './mongo-documents.js';

interface BotDoc extends Omit<BotRecord, 'id'> {
  _id: string;
}
interface DeliveryDoc extends Omit<WebhookDelivery, 'id'> {
  _id: string;
}
interface SiteBotDoc {
  _id: string;
  botId: string;
}
interface ResolutionDoc {
  _id: string;
  workspaceId: string;
  kind: string;
  at: number;
}

const botFromDoc = ({ _id, ...rest }: BotDoc): BotRecord => ({
  id: _id,
  workspaceId: rest.workspaceId,
  name: rest.name,
  avatarUrl: rest.avatarUrl ?? null,
  mode: rest.mode as BotMode,
  webhookUrl: rest.webhookUrl ?? null,
  answerTimeoutMs: rest.answerTimeoutMs,
  healthy: rest.healthy,
  tokenHash: rest.tokenHash,
  webhookSecret: rest.webhookSecret,
  createdAt: rest.createdAt,
});
const deliveryFromDoc = (d: DeliveryDoc): WebhookDelivery => ({
  id: d._id,
  botId: d.botId,
  event: d.event,
  body: d.body,
  attempts: d.attempts,
  nextAttemptAt: d.nextAttemptAt,
  status: d.status as DeliveryStatus,
  lastError: d.lastError ?? null,
  createdAt: d.createdAt,
});

const after = { returnDocument: 'after', includeResultMetadata: false } as const;
const before = { returnDocument: 'before', includeResultMetadata: false } as const;

/** Indexes of the bot collections, and the conversations' look-up by holding bot. */
export async function ensureBotIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('bots').createIndexes([{ key: { workspaceId: 1, createdAt: 1 }, name: 'bots_by_workspace' }]);
  await db.collection('bot_deliveries').createIndexes([
    { key: { status: 1, nextAttemptAt: 1 }, name: 'bot_deliveries_due' },
    { key: { botId: 1, createdAt: 1 }, name: 'bot_deliveries_by_bot' },
  ]);
  await db.collection('site_bots').createIndexes([{ key: { botId: 1 }, name: 'site_bots_by_bot' }]);
  await db.collection('conversation_resolutions').createIndexes([{ key: { workspaceId: 1, kind: 1 }, name: 'resolutions_by_workspace' }]);
  await db.collection('conversations').createIndexes([
    { key: { botId: 1, updatedAt: -1 }, name: 'conversations_by_bot', partialFilterExpression: { botId: { $type: 'string' } } },
  ]);
}

/**
 * Bots in MongoDB through the driver. Handoffs are one conditional findOneAndUpdate each, so
 * racing releases (timeout, handoff call, disconnect) leave exactly one winner. A hold keeps
 * `activeVisitorId` as it is: it only ever applies to conversations that are not closed.
 */
export class MongoBotStore implements BotStore {
  private readonly bots;
  private readonly siteBots;
  private readonly conversations;
  private readonly deliveries;
  private readonly resolutions;

  constructor(
    db: mongoose.mongo.Db,
    private readonly slots: AgentSlots,
  ) {
    this.bots = db.collection<BotDoc>('bots');
    this.siteBots = db.collection<SiteBotDoc>('site_bots');
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.deliveries = db.collection<DeliveryDoc>('bot_deliveries');
    this.resolutions = db.collection<ResolutionDoc>('conversation_resolutions');
  }

  async createBot(bot: BotRecord): Promise<BotRecord> {
    const { id, ...rest } = bot;
    await this.bots.insertOne({ _id: id, ...rest });
    return bot;
  }
  async getBot(id: string): Promise<BotRecord | null> {
    const doc = await this.bots.findOne({ _id: id });
    return doc ? botFromDoc(doc) : null;
  }
  async listBots(workspaceId: string): Promise<BotRecord[]> {
    return (await this.bots.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(botFromDoc);
  }
  async updateBotSecrets(id: string, tokenHash: string, webhookSecret: string): Promise<BotRecord | null> {
    const doc = await this.bots.findOneAndUpdate({ _id: id }, { $set: { tokenHash, webhookSecret } }, after);
    return doc ? botFromDoc(doc) : null;
  }
  async setBotHealthy(id: string, healthy: boolean): Promise<void> {
    await this.bots.updateOne({ _id: id }, { $set: { healthy } });
  }
  async deleteBot(id: string): Promise<boolean> {
    await this.siteBots.deleteMany({ botId: id });
    return (await this.bots.deleteOne({ _id: id })).deletedCount > 0;
  }

  async setSiteBot(siteId: string, botId: string | null): Promise<void> {
    if (botId === null) await this.siteBots.deleteOne({ _id: siteId });
    else await this.siteBots.updateOne({ _id: siteId }, { $set: { botId } }, { upsert: true });
  }
  async getSiteBot(siteId: string): Promise<string | null> {
    return (await this.siteBots.findOne({ _id: siteId }))?.botId ?? null;
  }

  async holdByBot(conversationId: string, botId: string, at: number): Promise<Conversation | null> {
    const set = { botId, assigneeId: null, status: 'open', updatedAt: at };
    const old = await this.conversations.findOneAndUpdate({ _id: conversationId, status: { $ne: 'closed' } }, { $set: set }, before);
    if (!old) return null;
    // An agent handing it to a bot frees their capacity slot.
    await this.slots.release(old);
    return conversationFromDoc({ ...old, ...set });
  }
  async releaseFromBot(conversationId: string, botId: string, at: number): Promise<Conversation | null> {
    return this.move(
      { _id: conversationId, botId, status: { $ne: 'closed' } },
      { botId: null, assigneeId: null, status: 'waiting', updatedAt: at },
    );
  }
  async takeFromBot(conversationId: string, botId: string, agentId: string, at: number): Promise<Conversation | null> {
    const taken = await this.move(
      { _id: conversationId, botId, status: { $ne: 'closed' } },
      { botId: null, assigneeId: agentId, status: 'open', updatedAt: at },
    );
    // The agent now holds an open conversation: it counts against their capacity, and its close gives the slot back.
    if (taken) await this.slots.take(agentId, at);
    return taken;
  }
  async listHeldByBot(botId: string, limit: number): Promise<Conversation[]> {
    if (limit <= 0) return [];
    const docs = await this.conversations
      .find({ botId, status: { $ne: 'closed' } }, { sort: { updatedAt: -1, _id: -1 }, limit })
      .toArray();
    return docs.map(conversationFromDoc);
  }

  async enqueueDelivery(d: WebhookDelivery): Promise<void> {
    const { id, ...rest } = d;
    await this.deliveries.insertOne({ _id: id, ...rest });
  }
  async claimDueDeliveries(now: number, leaseMs: number, limit: number): Promise<WebhookDelivery[]> {
    const claimed: WebhookDelivery[] = [];
    // One conditional update per delivery: a document another process leased first no longer
    // matches `nextAttemptAt <= now`, so each is claimed by one worker.
    while (claimed.length < limit) {
      const doc = await this.deliveries.findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now } },
        { $set: { nextAttemptAt: now + leaseMs } },
        { sort: { nextAttemptAt: 1, createdAt: 1 }, returnDocument: 'before', includeResultMetadata: false },
      );
      if (!doc) break;
      claimed.push(deliveryFromDoc(doc));
    }
    return claimed;
  }
  async completeDelivery(id: string, attempts: number): Promise<void> {
    await this.deliveries.updateOne({ _id: id }, { $set: { status: 'delivered', attempts, lastError: null } });
  }
  async retryDelivery(id: string, attempts: number, nextAttemptAt: number, error: string): Promise<void> {
    await this.deliveries.updateOne({ _id: id }, { $set: { attempts, nextAttemptAt, lastError: error } });
  }
  async failDelivery(id: string, attempts: number, error: string): Promise<void> {
    await this.deliveries.updateOne({ _id: id }, { $set: { status: 'failed', attempts, lastError: error } });
  }
  async listDeliveries(botId: string, limit: number): Promise<WebhookDelivery[]> {
    if (limit <= 0) return [];
    return (await this.deliveries.find({ botId }, { sort: { createdAt: 1, _id: 1 }, limit }).toArray()).map(deliveryFromDoc);
  }

  async recordResolution(r: Resolution): Promise<void> {
    try {
      await this.resolutions.insertOne({ _id: r.conversationId, workspaceId: r.workspaceId, kind: r.kind, at: r.at });
    } catch (err) {
      if (!isDuplicateKey(err, { name: '_id_', fields: ['_id'] })) throw err;
    }
  }
  async countResolutions(workspaceId: string, kind: string): Promise<number> {
    return this.resolutions.countDocuments({ workspaceId, kind });
  }

  private async move(filter: mongoose.mongo.Filter<ConversationDoc>, set: Partial<ConversationDoc>): Promise<Conversation | null> {
    const doc = await this.conversations.findOneAndUpdate(filter, { $set: set }, after);
    return doc ? conversationFromDoc(doc) : null;
  }
}
