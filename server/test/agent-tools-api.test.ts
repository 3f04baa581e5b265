import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CannedReply, Conversation, SetupResult, Tag } from '@parley/shared';
import { call, issuePaths, setupBody } from './accounts-helpers.js';
import { collect, eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** Canned replies and tags over REST (issue 14): scopes, uniqueness, bad input, and two workspaces kept apart. */
describe('canned replies and tags', () => {
  let t: TestServer;
  let admin: string;
  let agent: TestAgent;
  let colleague: TestAgent;
  let other: string;
  let conversation: Conversation;

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    admin = await t.agentToken();
    const agents = await connectAgents(t, 2, { capacity: 3, prefix: 'tools' });
    agent = agents[0]!;
    colleague = agents[1]!;
    other = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner@other.example' }) })).body.token;
    const visitor = await t.visitor();
    conversation = (await t.server.store.getConversation((await visitorSays(visitor, '我要退款')).conversationId))!;
  });
  afterAll(async () => {
    await t.close();
  });

  const createReply = (token: string, body: unknown) => call<{ cannedReply: CannedReply }>(t, 'POST', '/canned-replies', { token, body });
  const listReplies = async (token: string) => (await call<{ cannedReplies: CannedReply[] }>(t, 'GET', '/canned-replies', { token })).body.cannedReplies;

  it('keeps a personal reply to its owner, and shared ones to admins to write', async () => {
    const shared = await createReply(admin, { shortcut: 'Refund', texts: { en: 'Hi {{visitor.name|there}}', 'zh-CN': '{{visitor.name|您}}好' }, scope: 'workspace' });
    expect(shared.status).toBe(201);
    expect(shared.body.cannedReply).toMatchObject({ shortcut: 'refund', scope: 'workspace', ownerId: null });
    const mine = await createReply(agent.token, { shortcut: '退款', texts: { 'zh-TW': '您好，{{agent.name}} 為您服務' }, scope: 'personal' });
    expect(mine.body.cannedReply).toMatchObject({ shortcut: '退款', scope: 'personal', ownerId: agent.id });

    expect((await listReplies(agent.token)).map((r) => r.shortcut)).toEqual(['refund', '退款']);
    expect((await listReplies(colleague.token)).map((r) => r.shortcut)).toEqual(['refund']);
    const id = mine.body.cannedReply.id;
    for (const method of ['GET', 'DELETE'] as const) expect((await call(t, method, `/canned-replies/${id}`, { token: colleague.token })).status).toBe(404);
    expect((await call(t, 'PUT', `/canned-replies/${id}`, { token: admin, body: { shortcut: 'x', texts: { en: 'taken' }, scope: 'personal' } })).status).toBe(404);

    // An agent cannot write a shared reply, nor move theirs into the workspace.
    expect((await createReply(agent.token, { shortcut: 'hello', texts: { en: 'Hello' }, scope: 'workspace' })).status).toBe(403);
    expect((await call(t, 'PUT', `/canned-replies/${id}`, { token: agent.token, body: { shortcut: '退款', texts: { en: 'x' }, scope: 'workspace' } })).status).toBe(403);
    expect((await call(t, 'DELETE', `/canned-replies/${shared.body.cannedReply.id}`, { token: agent.token })).status).toBe(403);
    expect((await listReplies(agent.token)).find((r) => r.id === id)?.texts).toEqual({ 'zh-TW': '您好，{{agent.name}} 為您服務' });

    // The owner edits and deletes their own.
    const edited = await call<{ cannedReply: CannedReply }>(t, 'PUT', `/canned-replies/${id}`, { token: agent.token, body: { shortcut: 'tui', texts: { 'zh-CN': '好的' }, scope: 'personal' } });
    expect(edited.body.cannedReply).toMatchObject({ shortcut: 'tui', texts: { 'zh-CN': '好的' }, ownerId: agent.id });
    expect((await call(t, 'DELETE', `/canned-replies/${id}`, { token: agent.token })).status).toBe(204);
    expect((await listReplies(agent.token)).map((r) => r.shortcut)).toEqual(['refund']);
  });

  it('refuses a taken shortcut with 409, and bad input with 400 naming the field, changing nothing', async () => {
    expect((await createReply(admin, { shortcut: 'REFUND', texts: { en: 'again' }, scope: 'workspace' })).status).toBe(409);
    // The same shortcut as a personal one is fine.
    expect((await createReply(admin, { shortcut: 'refund', texts: { en: 'mine' }, scope: 'personal' })).status).toBe(201);
    const before = await listReplies(admin);
    const bad = [
      [{ shortcut: 'two words', texts: { en: 'x' } }, ['shortcut']],
      [{ shortcut: 'ok', texts: {} }, ['texts']],
      [{ shortcut: 'ok', texts: { 'not a tag!': 'x' } }, ['texts.not a tag!']],
      [{ shortcut: 'ok', texts: { en: 'x' }, scope: 'team' }, ['scope']],
      [{ texts: { en: 'x' } }, ['shortcut']],
    ] as const;
    for (const [body, paths] of bad) {
      const answer = await createReply(admin, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(issuePaths(answer)).toEqual([...paths]);
    }
    expect(await listReplies(admin)).toEqual(before);
  });

  it('tags a conversation, filters the list by tag, and tells the console', async () => {
    const vip = (await call<{ tag: Tag }>(t, 'POST', '/tags', { token: agent.token, body: { name: 'VIP', colour: '#1F8A70' } })).body.tag;
    expect(vip).toMatchObject({ name: 'VIP', colour: '#1f8a70' });
    expect((await call(t, 'POST', '/tags', { token: admin, body: { name: 'vip', colour: '#000000' } })).status).toBe(409);
    const bad = await call(t, 'POST', '/tags', { token: admin, body: { name: '', colour: 'red' } });
    expect([...new Set(issuePaths(bad))]).toEqual(['colour', 'name']);
    const refund = (await call<{ tag: Tag }>(t, 'POST', '/tags', { token: admin, body: { name: '退款', colour: '#aa3300' } })).body.tag;

    const heard = collect<Conversation>(colleague.socket, 'conversation:updated');
    const put = await call<{ conversation: Conversation }>(t, 'PUT', `/conversations/${conversation.id}/tags`, { token: agent.token, body: { tagIds: [vip.id, refund.id] } });
    expect(put.status).toBe(200);
    expect(put.body.conversation.tagIds).toEqual([vip.id, refund.id]);
    await eventually(() => heard.some((c) => c.id === conversation.id && c.tagIds?.length === 2));

    const byTag = async (tagId: string) =>
      (await call<{ conversations: Conversation[] }>(t, 'GET', `/conversations?tag=${tagId}`, { token: admin })).body.conversations.map((c) => c.id);
    expect(await byTag(vip.id)).toEqual([conversation.id]);

    // An unknown tag id is named and nothing changes.
    const unknown = await call(t, 'PUT', `/conversations/${conversation.id}/tags`, { token: agent.token, body: { tagIds: [vip.id, 'nope'] } });
    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown)).toEqual(['tagIds.1']);
    const twice = await call(t, 'PUT', `/conversations/${conversation.id}/tags`, { token: agent.token, body: { tagIds: [vip.id, vip.id] } });
    expect(issuePaths(twice)).toEqual(['tagIds']);
    expect((await t.server.store.getConversation(conversation.id))?.tagIds).toEqual([vip.id, refund.id]);

    // Only admins rename and delete; deleting takes it off the conversation.
    expect((await call(t, 'PATCH', `/tags/${vip.id}`, { token: agent.token, body: { colour: '#ffffff' } })).status).toBe(403);
    expect((await call<{ tag: Tag }>(t, 'PATCH', `/tags/${vip.id}`, { token: admin, body: { name: '大客户' } })).body.tag.name).toBe('大客户');
    expect((await call(t, 'DELETE', `/tags/${refund.id}`, { token: agent.token })).status).toBe(403);
    expect((await call(t, 'DELETE', `/tags/${refund.id}`, { token: admin })).status).toBe(204);
    expect((await t.server.store.getConversation(conversation.id))?.tagIds).toEqual([vip.id]);
    expect(await byTag(refund.id)).toEqual([]);
  });

  it('keeps another workspace out: it neither sees nor changes replies, tags or conversation tags', async () => {
    const ours = await listReplies(admin);
    const tagged = (await t.server.store.getConversation(conversation.id))?.tagIds;
    expect(tagged?.length).toBe(1);
    const tags = (await call<{ tags: Tag[] }>(t, 'GET', '/tags', { token: admin })).body.tags;
    expect(ours.length).toBeGreaterThan(0);
    expect(tags.length).toBeGreaterThan(0);
    expect(await listReplies(other)).toEqual([]);
    expect((await call<{ tags: Tag[] }>(t, 'GET', '/tags', { token: other })).body.tags).toEqual([]);
    const reply = ours.find((r) => r.scope === 'workspace')!;
    const tag = tags[0]!;
    const attempts = await Promise.all([
      call(t, 'GET', `/canned-replies/${reply.id}`, { token: other }),
      call(t, 'PUT', `/canned-replies/${reply.id}`, { token: other, body: { shortcut: 'taken', texts: { en: 'x' }, scope: 'workspace' } }),
      call(t, 'DELETE', `/canned-replies/${reply.id}`, { token: other }),
      call(t, 'PATCH', `/tags/${tag.id}`, { token: other, body: { name: 'taken' } }),
      call(t, 'DELETE', `/tags/${tag.id}`, { token: other }),
      call(t, 'PUT', `/conversations/${conversation.id}/tags`, { token: other, body: { tagIds: [] } }),
    ]);
    expect(attempts.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    // Its own tag cannot be put on our conversation, nor ours on its conversations.
    const theirs = (await call<{ tag: Tag }>(t, 'POST', '/tags', { token: other, body: { name: 'VIP', colour: '#123456' } })).body.tag;
    const crossed = await call(t, 'PUT', `/conversations/${conversation.id}/tags`, { token: admin, body: { tagIds: [theirs.id] } });
    expect(crossed.status).toBe(400);
    expect((await call<{ conversations: Conversation[] }>(t, 'GET', `/conversations?tag=${tag.id}`, { token: other })).body.conversations).toEqual([]);
    expect(await listReplies(admin)).toEqual(ours);
    expect((await call<{ tags: Tag[] }>(t, 'GET', '/tags', { token: admin })).body.tags).toEqual(tags);
    expect((await t.server.store.getConversation(conversation.id))?.tagIds).toEqual(tagged);
  });
});
