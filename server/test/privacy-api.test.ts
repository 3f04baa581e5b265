import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, type Conversation, type Site, type Visitor } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import type { RetentionRun } from '../src/store/privacy-port.js';
import type { VisitorExport } from '../src/domain/privacy/privacy-service.js';
import { call, issuePaths } from './accounts-helpers.js';
import { agentSays, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const day = 86_400_000;

/** Issue 16, privacy: retention deletes exactly what is due; an anonymous visitor's data is exported and deleted. */
describe('privacy over REST', () => {
  let t: TestServer;
  let site: Site;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    site = (await t.server.store.getSiteByKey(DEMO.siteKey))!;
    token = await t.agentToken();
  });
  afterAll(async () => {
    await t.close();
  });

  const store = () => t.server.store;
  const visitorSeen = (lastSeenAt: number): Promise<Visitor> =>
    store().createVisitor({ id: nanoid(), siteId: site.id, name: null, email: null, createdAt: lastSeenAt, lastSeenAt });
  /** A conversation whose one message was written at `at`, closed at `closedAt` (`null`: left open). */
  const conversationAt = async (visitor: Visitor, at: number, closedAt: number | null): Promise<Conversation> => {
    const { conversation } = await store().openConversationForVisitor({
      id: nanoid(), workspaceId: site.workspaceId, siteId: site.id, visitorId: visitor.id, status: 'waiting', assigneeId: null,
      lastSeq: 0, lastMessage: null, createdAt: at, updatedAt: at, closedAt: null,
    });
    await store().appendMessage({ id: nanoid(), conversationId: conversation.id, clientId: nanoid(), author: { type: 'visitor', id: visitor.id, name: null }, text: '很久以前', internal: false, createdAt: at });
    if (closedAt !== null) await store().closeConversation(conversation.id, closedAt);
    return conversation;
  };

  it('refuses a retentionDays out of bounds and changes nothing, then deletes exactly what is due and logs it', async () => {
    for (const retentionDays of [0, 3651, 1.5, '30']) {
      const refused = await call(t, 'PATCH', `/sites/${site.id}/settings`, { token, body: { retentionDays } });
      expect(refused.status).toBe(400);
      expect(issuePaths(refused)).toEqual(['retentionDays']);
    }
    expect((await call<{ site: Site }>(t, 'GET', `/sites/${site.id}/settings`, { token })).body.site.settings?.retentionDays).toBeNull();
    // Nothing is deleted while the site keeps everything.
    const now = Date.now();
    const dueVisitor = await visitorSeen(now - 100 * day);
    const due = await conversationAt(dueVisitor, now - 100 * day, now - 99 * day);
    expect(await t.server.retention.run()).toEqual([]);
    expect(await store().getConversation(due.id)).not.toBeNull();

    const saved = await call<{ site: Site }>(t, 'PATCH', `/sites/${site.id}/settings`, { token, body: { retentionDays: 30 } });
    expect(saved.status).toBe(200);
    expect(saved.body.site.settings?.retentionDays).toBe(30);

    const recentlyClosed = await conversationAt(await visitorSeen(now - 100 * day), now - 100 * day, now - 29 * day);
    const openButOld = await conversationAt(await visitorSeen(now - 100 * day), now - 100 * day, null);
    const goneVisitor = await visitorSeen(now - 31 * day);
    const recentVisitor = await visitorSeen(now - 29 * day);

    const runs = await t.server.retention.run();
    const run = runs.find((r) => r.siteId === site.id)!;
    expect(run).toMatchObject({ retentionDays: 30, conversations: 1, messages: 1, files: 0, visitors: 2 });
    expect(await store().getConversation(due.id)).toBeNull();
    expect(await store().getVisitor(dueVisitor.id)).toBeNull();
    expect(await store().getVisitor(goneVisitor.id)).toBeNull();
    expect(await store().getConversation(recentlyClosed.id)).not.toBeNull();
    expect(await store().getConversation(openButOld.id)).not.toBeNull();
    expect(await store().getVisitor(recentVisitor.id)).not.toBeNull();
    // A second pass finds nothing more, and both passes are in the log, newest first.
    expect((await t.server.retention.run()).find((r) => r.siteId === site.id)).toMatchObject({ conversations: 0, visitors: 0 });
    const log = await call<{ runs: RetentionRun[] }>(t, 'GET', `/sites/${site.id}/retention-runs`, { token });
    expect(log.status).toBe(200);
    expect(log.body.runs.map((r) => [r.conversations, r.visitors])).toEqual([[0, 0], [1, 2]]);
    expect((await call(t, 'GET', `/sites/${site.id}/retention-runs?limit=0`, { token })).status).toBe(400);
    await call(t, 'PATCH', `/sites/${site.id}/settings`, { token, body: { retentionDays: null } });
  });

  it('exports an anonymous visitor\'s data and deletes it, refusing while a conversation is open', async () => {
    const visitor = await t.visitor();
    const said = await visitorSays(visitor, '请删除我的数据');
    const agent = await t.agent();
    await agentSays(agent, said.conversationId, 'internal: asked for deletion', { internal: true });
    await agentSays(agent, said.conversationId, '好的');
    const visitorId = said.author.id!;

    const exported = await call<VisitorExport>(t, 'GET', `/visitors/${visitorId}/export`, { token });
    expect(exported.status).toBe(200);
    expect(exported.body.visitor.id).toBe(visitorId);
    expect(exported.body.conversations.map((c) => c.messages.map((m) => m.text))).toEqual([['请删除我的数据', 'internal: asked for deletion', '好的']]);

    const refused = await call(t, 'DELETE', `/visitors/${visitorId}`, { token });
    expect(refused.status).toBe(409);
    expect(await store().getConversation(said.conversationId)).not.toBeNull();

    const closed = await agentCommand(agent, 'conversation:close', { conversationId: said.conversationId }, 5000);
    expect(closed.ok).toBe(true);
    const deleted = await call<{ deleted: { conversations: number; messages: number } }>(t, 'DELETE', `/visitors/${visitorId}`, { token });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted.conversations).toBe(1);
    expect(deleted.body.deleted.messages).toBeGreaterThanOrEqual(3);
    expect(await store().getVisitor(visitorId)).toBeNull();
    expect(await store().getConversation(said.conversationId)).toBeNull();
    expect((await call(t, 'GET', `/visitors/${visitorId}/export`, { token })).status).toBe(404);
    expect((await call(t, 'DELETE', `/visitors/${visitorId}`, { token })).status).toBe(404);
  });
});
