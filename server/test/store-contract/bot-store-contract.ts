import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { Article, Conversation, Site, Visitor, Workspace } from '@parley/shared';
import type { BotRecord, WebhookDelivery } from '../../src/store/bot-port.js';
import { CONTRACT_NOW, draftConversation, seedTenant } from './contract-fixture.js';
import type { Store } from '../../src/store/port.js';

/** The contract of the bot and knowledge parts of the store; every adapter's test file runs it. */
export function describeBotStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`bot store contract: ${name}`, () => {
    let store: Store;
    let workspace: Workspace;
    let site: Site;
    let visitor: Visitor;
    const now = CONTRACT_NOW;

    beforeEach(async () => {
      store = await makeStore();
      ({ workspace, site, visitor } = await seedTenant(store));
    });
    afterEach(async () => {
      await store.close();
    });

    const bot = (overrides: Partial<BotRecord> = {}): BotRecord => ({
      id: nanoid(),
      workspaceId: workspace.id,
      name: '小助手',
      avatarUrl: null,
      mode: 'socket',
      webhookUrl: null,
      answerTimeoutMs: 30_000,
      healthy: true,
      tokenHash: 'hash',
      webhookSecret: 'whsec',
      createdAt: now,
      ...overrides,
    });
    const open = async (overrides: Partial<Conversation> = {}) =>
      (await store.openConversationForVisitor(draftConversation({ workspace, site, visitor }, overrides))).conversation;

    it('round-trips bots, rotates secrets, marks health and deletes (forgetting the site setting)', async () => {
      const b = await store.bots.createBot(bot({ mode: 'webhook', webhookUrl: 'https://bot.example/hook' }));
      expect(await store.bots.getBot(b.id)).toEqual(b);
      expect((await store.bots.listBots(workspace.id)).map((x) => x.id)).toEqual([b.id]);
      expect(await store.bots.updateBotSecrets(b.id, 'hash2', 'whsec2')).toMatchObject({ tokenHash: 'hash2', webhookSecret: 'whsec2' });
      await store.bots.setBotHealthy(b.id, false);
      expect((await store.bots.getBot(b.id))?.healthy).toBe(false);
      expect((await store.listSites(workspace.id)).map((x) => x.key)).toEqual([site.key]);
      await store.bots.setSiteBot(site.id, b.id);
      expect(await store.bots.getSiteBot(site.id)).toBe(b.id);
      expect(await store.bots.deleteBot(b.id)).toBe(true);
      expect(await store.bots.getBot(b.id)).toBeNull();
      expect(await store.bots.getSiteBot(site.id)).toBeNull();
      expect(await store.bots.deleteBot(b.id)).toBe(false);
    });

    it('opens a conversation already held by a bot and lists it as the bot\'s', async () => {
      const b = await store.bots.createBot(bot());
      const c = await open({ status: 'open', botId: b.id });
      expect(c.botId).toBe(b.id);
      expect((await store.getConversation(c.id))?.botId).toBe(b.id);
      expect((await store.bots.listHeldByBot(b.id, 10)).map((x) => x.id)).toEqual([c.id]);
      expect(await store.bots.listHeldByBot('other', 10)).toEqual([]);
    });

    it('lets exactly one of several racing releases move a conversation from its bot to the queue', async () => {
      const b = await store.bots.createBot(bot());
      const c = await open();
      expect((await store.getConversation(c.id))?.botId ?? null).toBeNull();
      const held = await store.bots.holdByBot(c.id, b.id, now + 1);
      expect(held).toMatchObject({ botId: b.id, status: 'open', assigneeId: null });
      // A bot-held conversation is not in the queue: no agent can claim it.
      expect(await store.claimConversation(c.id, 'agent-1', now + 2)).toBeNull();
      const results = await Promise.all([1, 2, 3].map(() => store.bots.releaseFromBot(c.id, b.id, now + 3)));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      expect(await store.getConversation(c.id)).toMatchObject({ botId: null, status: 'waiting', assigneeId: null });
      expect(await store.bots.releaseFromBot(c.id, 'other-bot', now + 4)).toBeNull();
      expect(await store.claimConversation(c.id, 'agent-1', now + 5)).toMatchObject({ assigneeId: 'agent-1' });
    });

    it('lets an agent take a conversation from its bot, and never holds a closed one', async () => {
      const b = await store.bots.createBot(bot());
      const c = await open();
      await store.bots.holdByBot(c.id, b.id, now + 1);
      expect(await store.bots.takeFromBot(c.id, 'wrong-bot', 'agent-1', now + 2)).toBeNull();
      expect(await store.bots.takeFromBot(c.id, b.id, 'agent-1', now + 2)).toMatchObject({ botId: null, assigneeId: 'agent-1', status: 'open' });
      await store.closeConversation(c.id, now + 3);
      expect(await store.bots.holdByBot(c.id, b.id, now + 4)).toBeNull();
      expect(await store.bots.listHeldByBot(b.id, 10)).toEqual([]);
    });

    it('leases due webhook deliveries to one claimer and records retries, success and failure', async () => {
      const b = await store.bots.createBot(bot());
      const delivery = (id: string, nextAttemptAt: number): WebhookDelivery => ({
        id,
        botId: b.id,
        event: 'message.created',
        body: '{"text":"你好"}',
        attempts: 0,
        nextAttemptAt,
        status: 'pending',
        lastError: null,
        createdAt: now,
      });
      await store.bots.enqueueDelivery(delivery('d1', now));
      await store.bots.enqueueDelivery(delivery('d2', now + 10_000));
      const [first, second] = await Promise.all([
        store.bots.claimDueDeliveries(now + 1, 5000, 10),
        store.bots.claimDueDeliveries(now + 1, 5000, 10),
      ]);
      expect([...first!, ...second!].map((d) => d.id)).toEqual(['d1']);
      expect(await store.bots.claimDueDeliveries(now + 2, 5000, 10)).toEqual([]);
      await store.bots.retryDelivery('d1', 1, now + 3, 'HTTP 500');
      const again = await store.bots.claimDueDeliveries(now + 3, 5000, 10);
      expect(again.map((d) => [d.id, d.attempts, d.lastError, d.body])).toEqual([['d1', 1, 'HTTP 500', '{"text":"你好"}']]);
      await store.bots.completeDelivery('d1', 2);
      await store.bots.failDelivery('d2', 6, 'timeout');
      expect((await store.bots.listDeliveries(b.id, 10)).map((d) => [d.id, d.status, d.attempts])).toEqual([
        ['d1', 'delivered', 2],
        ['d2', 'failed', 6],
      ]);
      expect(await store.bots.claimDueDeliveries(now + 100_000, 5000, 10)).toEqual([]);
    });

    it('counts a resolution once per conversation', async () => {
      const c = await open();
      await store.bots.recordResolution({ conversationId: c.id, workspaceId: workspace.id, kind: 'self-service', at: now });
      await store.bots.recordResolution({ conversationId: c.id, workspaceId: workspace.id, kind: 'self-service', at: now + 1 });
      expect(await store.bots.countResolutions(workspace.id, 'self-service')).toBe(1);
      expect(await store.bots.countResolutions('other', 'self-service')).toBe(0);
    });

    it('stores, updates, lists and deletes articles with Chinese text and keywords', async () => {
      const article: Article = {
        id: nanoid(),
        workspaceId: workspace.id,
        title: '如何退貨',
        body: '**七天**內可退貨。',
        keywords: ['退貨', 'return'],
        locale: 'zh-TW',
        createdAt: now,
        updatedAt: now,
      };
      await store.knowledge.createArticle(article);
      expect(await store.knowledge.getArticle(article.id)).toEqual(article);
      const updated = await store.knowledge.updateArticle({ ...article, title: '退貨政策', keywords: ['退款'], updatedAt: now + 1 });
      expect(updated).toEqual({ ...article, title: '退貨政策', keywords: ['退款'], updatedAt: now + 1 });
      expect(await store.knowledge.listArticles(workspace.id)).toEqual([updated]);
      expect(await store.knowledge.updateArticle({ ...article, id: 'missing' })).toBeNull();
      expect(await store.knowledge.deleteArticle(article.id)).toBe(true);
      expect(await store.knowledge.listArticles(workspace.id)).toEqual([]);
    });

    it('keeps translation groups, per-workspace synonyms, and a revision that every knowledge write moves', async () => {
      const other = await seedTenant(store);
      const revisions: number[] = [await store.knowledge.knowledgeRevision(workspace.id)];
      const moved = async () => {
        const r = await store.knowledge.knowledgeRevision(workspace.id);
        expect(r, 'revision after a write').toBeGreaterThan(revisions.at(-1)!);
        revisions.push(r);
      };
      const article: Article = {
        id: nanoid(),
        workspaceId: workspace.id,
        title: '訂金可以退嗎',
        body: '可以。',
        keywords: [],
        locale: 'zh-TW',
        group: 'deposit',
        createdAt: now,
        updatedAt: now,
      };
      await store.knowledge.createArticle(article);
      await moved();
      expect(await store.knowledge.getArticle(article.id)).toEqual(article);
      const { group: _dropped, ...ungrouped } = article;
      expect(await store.knowledge.updateArticle({ ...ungrouped, updatedAt: now + 1 })).toEqual({ ...ungrouped, updatedAt: now + 1 });
      expect((await store.knowledge.getArticle(article.id))!.group).toBeUndefined();
      await moved();

      expect(await store.knowledge.getSynonyms(workspace.id)).toEqual([]);
      const groups = [['訂金', '定金', '押金'], ['amex', 'American Express'], ['😀 emoji', 'smile']];
      await store.knowledge.setSynonyms(workspace.id, groups);
      await moved();
      expect(await store.knowledge.getSynonyms(workspace.id)).toEqual(groups);
      await store.knowledge.setSynonyms(workspace.id, [['lift', 'elevator']]);
      await moved();
      expect(await store.knowledge.getSynonyms(workspace.id)).toEqual([['lift', 'elevator']]);

      expect(await store.knowledge.deleteArticle(article.id)).toBe(true);
      await moved();
      expect(await store.knowledge.deleteArticle(article.id)).toBe(false);
      expect(await store.knowledge.knowledgeRevision(workspace.id)).toBe(revisions.at(-1));
      // Another workspace sees none of it.
      expect(await store.knowledge.getSynonyms(other.workspace.id)).toEqual([]);
      expect(await store.knowledge.knowledgeRevision(other.workspace.id)).toBe(0);
    });
  });
}
