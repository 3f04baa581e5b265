import { nanoid } from 'nanoid';
import { ErrorCode, type Bot, type BotCredentials, type CreateBot, type Site } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { BotRecord } from '../../store/bot-port.js';
import type { Store } from '../../store/port.js';
import { botIdOfToken, hashToken, newBotToken, newWebhookSecret, tokenMatches } from './bot-token.js';
import { checkOutboundUrl } from '../../outbound/outbound-url.js';

/** A bot as clients see it: never the token hash or the webhook secret. */
export function publicBot(record: BotRecord): Bot {
  const { tokenHash: _hash, webhookSecret: _secret, ...bot } = record;
  return bot;
}

/** What the console shows of a site's bot setting. */
export interface SiteBotSetting {
  siteKey: string;
  siteName: string;
  botId: string | null;
}

/** Bot accounts of a workspace: creation, secrets, authentication, each site's first bot. */
export class BotAccounts {
  constructor(
    private readonly store: Store,
    /** ALLOW_PRIVATE_WEBHOOKS: a webhook URL may name a private or loopback address. */
    private readonly allowPrivateWebhooks = false,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates a bot; its token and webhook secret are in the answer and nowhere else. */
  async create(workspaceId: string, input: CreateBot): Promise<BotCredentials> {
    if (input.mode === 'webhook' && input.webhookUrl && !this.allowPrivateWebhooks) {
      // Checked again at every connection (the name may resolve elsewhere by then).
      await checkOutboundUrl(input.webhookUrl).catch((err: unknown) => {
        throw new AppError(ErrorCode.badRequest, `webhookUrl: ${(err as Error).message} (set ALLOW_PRIVATE_WEBHOOKS=true to allow it)`, [
          { path: 'webhookUrl', message: (err as Error).message },
        ]);
      });
    }
    const id = `bot_${nanoid(12)}`;
    const token = newBotToken(id);
    const webhookSecret = newWebhookSecret();
    const record = await this.store.bots.createBot({
      id,
      workspaceId,
      name: input.name,
      avatarUrl: input.avatarUrl,
      mode: input.mode,
      webhookUrl: input.mode === 'webhook' ? input.webhookUrl : null,
      answerTimeoutMs: input.answerTimeoutMs,
      healthy: true,
      tokenHash: hashToken(token),
      webhookSecret,
      createdAt: this.now(),
    });
    return { bot: publicBot(record), token, webhookSecret };
  }

  async list(workspaceId: string): Promise<Bot[]> {
    return (await this.store.bots.listBots(workspaceId)).map(publicBot);
  }

  /** The bot, if it belongs to the workspace (`not_found` otherwise). */
  async get(workspaceId: string, botId: string): Promise<BotRecord> {
    const record = await this.store.bots.getBot(botId);
    if (!record || record.workspaceId !== workspaceId) throw notFound('bot');
    return record;
  }

  /** New token and webhook secret; the old ones stop working at once. */
  async rotate(workspaceId: string, botId: string): Promise<BotCredentials> {
    await this.get(workspaceId, botId);
    const token = newBotToken(botId);
    const webhookSecret = newWebhookSecret();
    const record = await this.store.bots.updateBotSecrets(botId, hashToken(token), webhookSecret);
    if (!record) throw notFound('bot');
    return { bot: publicBot(record), token, webhookSecret };
  }

  async remove(workspaceId: string, botId: string): Promise<void> {
    await this.get(workspaceId, botId);
    await this.store.bots.deleteBot(botId);
  }

  /** The bot a token speaks for, checked against the store (a rotated or deleted bot's token stops working). */
  async authenticate(token: string): Promise<BotRecord> {
    const id = botIdOfToken(token);
    const record = id ? await this.store.bots.getBot(id) : null;
    if (!record || !tokenMatches(token, record.tokenHash)) throw new AppError(ErrorCode.unauthorized, 'invalid bot token');
    return record;
  }

  /** What the public avatar route may know of a bot: only its avatar URL. */
  async avatarOf(botId: string): Promise<{ avatarUrl: string | null } | null> {
    const record = await this.store.bots.getBot(botId);
    return record ? { avatarUrl: record.avatarUrl } : null;
  }

  /** Which bot a site of the workspace puts first (`botId: null`: none). */
  async siteBot(workspaceId: string, siteKey: string): Promise<SiteBotSetting> {
    const site = await this.siteOf(workspaceId, siteKey);
    return { siteKey: site.key, siteName: site.name, botId: await this.store.bots.getSiteBot(site.id) };
  }

  /** Puts a bot first on a site of the workspace, or no bot (`null`). */
  async setSiteBot(workspaceId: string, siteKey: string, botId: string | null): Promise<SiteBotSetting> {
    const site = await this.siteOf(workspaceId, siteKey);
    if (botId) await this.get(workspaceId, botId);
    await this.store.bots.setSiteBot(site.id, botId);
    return { siteKey: site.key, siteName: site.name, botId };
  }

  private async siteOf(workspaceId: string, siteKey: string): Promise<Site> {
    const site = await this.store.getSiteByKey(siteKey);
    if (!site || site.workspaceId !== workspaceId) throw notFound('site');
    return site;
  }
}
