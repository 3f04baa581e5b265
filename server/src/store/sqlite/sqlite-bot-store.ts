import type { Database } from 'better-sqlite3';
import type { BotMode, Conversation } from '@parley/shared';
import type { BotRecord, BotStore, DeliveryStatus, Resolution, WebhookDelivery } from '../bot-port.js';
import { toConversation, type ConversationRow } from './sqlite-rows.js';

interface BotRow {
  id: string;
  workspace_id: string;
  name: string;
  avatar_url: string | null;
  mode: string;
  webhook_url: string | null;
  answer_timeout_ms: number;
  healthy: number;
  token_hash: string;
  webhook_secret: string;
  created_at: number;
}
const toBot = (r: BotRow): BotRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  avatarUrl: r.avatar_url,
  mode: r.mode as BotMode,
  webhookUrl: r.webhook_url,
  answerTimeoutMs: r.answer_timeout_ms,
  healthy: r.healthy === 1,
  tokenHash: r.token_hash,
  webhookSecret: r.webhook_secret,
  createdAt: r.created_at,
});

interface DeliveryRow {
  id: string;
  bot_id: string;
  event: string;
  body: string;
  attempts: number;
  next_attempt_at: number;
  status: string;
  last_error: string | null;
  created_at: number;
}
const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  botId: r.bot_id,
  event: r.event,
  body: r.body,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  status: r.status as DeliveryStatus,
  lastError: r.last_error,
  createdAt: r.created_at,
});

const conversation = (row: unknown): Conversation | null => (row ? toConversation(row as ConversationRow) : null);

/** The bot part of the SQLite store, on the same database handle. */
export class SqliteBotStore implements BotStore {
  private readonly s;

  constructor(private readonly db: Database) {
    this.s = {
      insertBot: db.prepare(
        `INSERT INTO bots (id, workspace_id, name, avatar_url, mode, webhook_url, answer_timeout_ms, healthy, token_hash, webhook_secret, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getBot: db.prepare('SELECT * FROM bots WHERE id = ?'),
      listBots: db.prepare('SELECT * FROM bots WHERE workspace_id = ? ORDER BY created_at, id'),
      secrets: db.prepare('UPDATE bots SET token_hash = ?, webhook_secret = ? WHERE id = ? RETURNING *'),
      healthy: db.prepare('UPDATE bots SET healthy = ? WHERE id = ?'),
      deleteBot: db.prepare('DELETE FROM bots WHERE id = ?'),
      forgetSiteBot: db.prepare('DELETE FROM site_bots WHERE bot_id = ?'),
      setSiteBot: db.prepare('INSERT INTO site_bots (site_id, bot_id) VALUES (?, ?) ON CONFLICT (site_id) DO UPDATE SET bot_id = excluded.bot_id'),
      clearSiteBot: db.prepare('DELETE FROM site_bots WHERE site_id = ?'),
      getSiteBot: db.prepare('SELECT bot_id FROM site_bots WHERE site_id = ?'),
      hold: db.prepare(
        `UPDATE conversations SET bot_id = ?, assignee_id = NULL, status = 'open', updated_at = ?
         WHERE id = ? AND status != 'closed' RETURNING *`,
      ),
      release: db.prepare(
        `UPDATE conversations SET bot_id = NULL, assignee_id = NULL, status = 'waiting', updated_at = ?
         WHERE id = ? AND bot_id = ? AND status != 'closed' RETURNING *`,
      ),
      take: db.prepare(
        `UPDATE conversations SET bot_id = NULL, assignee_id = ?, status = 'open', updated_at = ?
         WHERE id = ? AND bot_id = ? AND status != 'closed' RETURNING *`,
      ),
      held: db.prepare(
        "SELECT * FROM conversations WHERE bot_id = ? AND status != 'closed' ORDER BY updated_at DESC, id DESC LIMIT ?",
      ),
      insertDelivery: db.prepare(
        `INSERT INTO bot_deliveries (id, bot_id, event, body, attempts, next_attempt_at, status, last_error, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      due: db.prepare(
        "SELECT * FROM bot_deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?",
      ),
      lease: db.prepare('UPDATE bot_deliveries SET next_attempt_at = ? WHERE id = ?'),
      complete: db.prepare("UPDATE bot_deliveries SET status = 'delivered', attempts = ?, last_error = NULL WHERE id = ?"),
      retry: db.prepare('UPDATE bot_deliveries SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?'),
      fail: db.prepare("UPDATE bot_deliveries SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?"),
      listDeliveries: db.prepare('SELECT * FROM bot_deliveries WHERE bot_id = ? ORDER BY created_at, rowid LIMIT ?'),
      resolve: db.prepare(
        'INSERT INTO conversation_resolutions (conversation_id, workspace_id, kind, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      countResolutions: db.prepare('SELECT COUNT(*) AS n FROM conversation_resolutions WHERE workspace_id = ? AND kind = ?'),
    };
  }

  async createBot(b: BotRecord): Promise<BotRecord> {
    this.s.insertBot.run(b.id, b.workspaceId, b.name, b.avatarUrl, b.mode, b.webhookUrl, b.answerTimeoutMs, b.healthy ? 1 : 0, b.tokenHash, b.webhookSecret, b.createdAt);
    return b;
  }
  async getBot(id: string): Promise<BotRecord | null> {
    const row = this.s.getBot.get(id) as BotRow | undefined;
    return row ? toBot(row) : null;
  }
  async listBots(workspaceId: string): Promise<BotRecord[]> {
    return (this.s.listBots.all(workspaceId) as BotRow[]).map(toBot);
  }
  async updateBotSecrets(id: string, tokenHash: string, webhookSecret: string): Promise<BotRecord | null> {
    const row = this.s.secrets.get(tokenHash, webhookSecret, id) as BotRow | undefined;
    return row ? toBot(row) : null;
  }
  async setBotHealthy(id: string, healthy: boolean): Promise<void> {
    this.s.healthy.run(healthy ? 1 : 0, id);
  }
  async deleteBot(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.s.forgetSiteBot.run(id);
      return this.s.deleteBot.run(id).changes > 0;
    })();
  }

  async setSiteBot(siteId: string, botId: string | null): Promise<void> {
    if (botId === null) this.s.clearSiteBot.run(siteId);
    else this.s.setSiteBot.run(siteId, botId);
  }
  async getSiteBot(siteId: string): Promise<string | null> {
    return (this.s.getSiteBot.get(siteId) as { bot_id: string } | undefined)?.bot_id ?? null;
  }

  async holdByBot(conversationId: string, botId: string, at: number): Promise<Conversation | null> {
    return conversation(this.s.hold.get(botId, at, conversationId));
  }
  async releaseFromBot(conversationId: string, botId: string, at: number): Promise<Conversation | null> {
    return conversation(this.s.release.get(at, conversationId, botId));
  }
  async takeFromBot(conversationId: string, botId: string, agentId: string, at: number): Promise<Conversation | null> {
    return conversation(this.s.take.get(agentId, at, conversationId, botId));
  }
  async listHeldByBot(botId: string, limit: number): Promise<Conversation[]> {
    return (this.s.held.all(botId, limit) as ConversationRow[]).map(toConversation);
  }

  async enqueueDelivery(d: WebhookDelivery): Promise<void> {
    this.s.insertDelivery.run(d.id, d.botId, d.event, d.body, d.attempts, d.nextAttemptAt, d.status, d.lastError, d.createdAt);
  }
  async claimDueDeliveries(now: number, leaseMs: number, limit: number): Promise<WebhookDelivery[]> {
    return this.db
      .transaction(() => {
        const rows = (this.s.due.all(now, limit) as DeliveryRow[]).map(toDelivery);
        for (const row of rows) this.s.lease.run(now + leaseMs, row.id);
        return rows;
      })
      .immediate();
  }
  async completeDelivery(id: string, attempts: number): Promise<void> {
    this.s.complete.run(attempts, id);
  }
  async retryDelivery(id: string, attempts: number, nextAttemptAt: number, error: string): Promise<void> {
    this.s.retry.run(attempts, nextAttemptAt, error, id);
  }
  async failDelivery(id: string, attempts: number, error: string): Promise<void> {
    this.s.fail.run(attempts, error, id);
  }
  async listDeliveries(botId: string, limit: number): Promise<WebhookDelivery[]> {
    return (this.s.listDeliveries.all(botId, limit) as DeliveryRow[]).map(toDelivery);
  }

  async recordResolution(r: Resolution): Promise<void> {
    this.s.resolve.run(r.conversationId, r.workspaceId, r.kind, r.at);
  }
  async countResolutions(workspaceId: string, kind: string): Promise<number> {
    return (this.s.countResolutions.get(workspaceId, kind) as { n: number }).n;
  }
}
