import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_PROMPT_PREFIX, visitorCommand, type ArticleHit, type Bot, type Message } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { adminApi } from './bot-helpers.js';
import { collect, eventually, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

describe('the built-in knowledge-base bot', () => {
  let t: TestServer;
  let kbBot: Bot;
  beforeEach(async () => {
    t = await startTestServer();
    const { bots } = await adminApi<{ bots: Bot[] }>(t, 'GET', '/bots');
    kbBot = bots.find((b) => b.mode === 'knowledge-base')!;
    await adminApi(t, 'PUT', `/sites/${DEMO.siteKey}/bot`, { botId: kbBot.id });
  });
  afterEach(async () => {
    await t.close();
  });

  const answers = async (visitor: VisitorClient, heard: Message[], count: number) => {
    await eventually(() => heard.filter((m) => m.author.type === 'bot').length >= count, 5000);
    return heard.filter((m) => m.author.type === 'bot');
  };

  it('answers in Traditional Chinese with the best article, and "no" hands the chat to a person with the question', async () => {
    const visitor = await t.visitor();
    const heard = collect<Message>(visitor, 'message:new');
    const { conversationId } = await visitorSays(visitor, '運費怎麼算？');
    const [found, ask] = await answers(visitor, heard, 2);
    expect(found!.text).toMatch(/^我找到了這些內容：\n\n1\. 運費與免運\n/);
    expect(found!.author).toMatchObject({ type: 'bot', id: kbBot.id, name: 'Parley Assistant' });
    expect(ask!.text).toBe('這解答了您的問題嗎？');
    expect(ask!.clientId.startsWith(FEEDBACK_PROMPT_PREFIX)).toBe(true);

    await visitorSays(visitor, '否');
    await eventually(() => heard.some((m) => m.text === 'system.handoff.toHuman'), 5000);
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'waiting', botId: null });
    const all = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 50, includeInternal: true });
    expect(all.find((m) => m.internal)?.text).toBe('Parley Assistant: 運費怎麼算？');
  });

  it('"yes" resolves and closes the conversation, counted as resolved by self-service', async () => {
    const visitor = await t.visitor();
    const heard = collect<Message>(visitor, 'message:new');
    const { conversationId } = await visitorSays(visitor, 'How do I reset my password?');
    const [found] = await answers(visitor, heard, 2);
    expect(found!.text.split('\n')[2]).toBe('1. Reset your password');
    await visitorSays(visitor, 'Yes');
    await eventually(() => heard.some((m) => m.text === 'system.resolved'), 5000);
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'closed' });
    expect(await adminApi(t, 'GET', '/knowledge/stats')).toEqual({ resolvedBySelfService: 1 });
  });

  it('serves visitors ranked, highlighted search results and the article itself', async () => {
    const visitor = await t.visitor();
    const hits = await visitorCommand(visitor, 'kb:search', { query: '退款', locale: 'zh-CN' }, 5000);
    if (!hits.ok) throw new Error(hits.error.message);
    const top: ArticleHit = hits.data[0]!;
    expect(top.locale).toBe('zh-CN');
    expect(top.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['退款']);
    const article = await visitorCommand(visitor, 'kb:article', { articleId: top.id }, 5000);
    expect(article.ok && article.data.article.title).toBe('退款多久到账？');
    expect(article.ok && article.data.blocks[0]).toMatchObject({ type: 'paragraph' });
    // A one-character query still finds something; an id from another workspace does not.
    const one = await visitorCommand(visitor, 'kb:search', { query: '退' }, 5000);
    expect(one.ok && one.data.length).toBeGreaterThan(0);
    expect(await visitorCommand(visitor, 'kb:article', { articleId: 'art_missing' }, 5000)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
