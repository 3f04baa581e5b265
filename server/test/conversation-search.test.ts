import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentCommand, visitorCommand, type SearchAnswer, type SetupResult, type Tag } from '@parley/shared';
import { call, issuePaths, setupBody } from './accounts-helpers.js';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** Search over transcripts (issue 14): Chinese in either script, filters, paging, bad input, workspaces apart. */
describe('conversation search', () => {
  let t: TestServer;
  let admin: string;
  let other: string;
  let traditional: { conversationId: string; id: string };
  let english: { conversationId: string; id: string };

  const search = (query: string, token = admin) => call<SearchAnswer>(t, 'GET', `/search?${query}`, { token });
  /** The index runs just behind delivery: wait until a query finds what it should. */
  async function until(query: string, count: number): Promise<SearchAnswer> {
    for (let i = 0; i < 200; i++) {
      const answer = (await search(query)).body;
      if (answer.items.length >= count) return answer;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`search ${query} never found ${count}`);
  }

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    admin = await t.agentToken();
    other = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner@other.example' }) })).body.token;
    traditional = await visitorSays(await t.visitor(), '請問退款需要多久才會到帳？');
    english = await visitorSays(await t.visitor(), 'Where is my refund? I was charged twice.');
    await until('q=refund', 1);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a Traditional message from a Simplified query, and the other way round', async () => {
    const simplified = await until(`q=${encodeURIComponent('退款到账')}`, 1);
    expect(simplified.items).toEqual([
      expect.objectContaining({ conversationId: traditional.conversationId, messageId: traditional.id, snippet: '請問退款需要多久才會到帳？', status: 'waiting', name: null }),
    ]);
    expect(simplified.items[0]!.at).toBeGreaterThan(Date.now() - 60_000);
    expect(simplified.items[0]!.marks).toEqual([[2, 4], [10, 12]]);
    expect((await search(`q=${encodeURIComponent('到帳')}`)).body.items.map((i) => i.messageId)).toEqual([traditional.id]);
    expect((await search('q=refunds%20charged')).body.items.map((i) => i.messageId)).toEqual([english.id]);
    expect((await search('q=nothing%20like%20this')).body).toEqual({ items: [], nextCursor: null });
  });

  it('filters by status and tag, and pages with a cursor through every match', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'invoice question one');
    for (let i = 2; i <= 5; i++) await visitorSays(visitor, `invoice question ${i}`);
    const all = await until('q=invoice', 5);
    expect(all.items).toHaveLength(5);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchAnswer = (await search(`q=invoice&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      pages.push(...page.items.map((i) => i.messageId!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.items.map((i) => i.messageId));

    expect((await search('q=invoice&status=closed')).body.items).toEqual([]);
    const tag = (await call<{ tag: Tag }>(t, 'POST', '/tags', { token: admin, body: { name: 'billing', colour: '#123456' } })).body.tag;
    await call(t, 'PUT', `/conversations/${first.conversationId}/tags`, { token: admin, body: { tagIds: [tag.id] } });
    expect((await search(`q=invoice&tag=${tag.id}`)).body.items).toHaveLength(5);
    expect((await search(`q=refund&tag=${tag.id}`)).body.items).toEqual([]);
    const agentSocket = await t.agent(admin);
    await agentCommand(agentSocket, 'conversation:close', { conversationId: first.conversationId }, 5000);
    expect((await search('q=invoice&status=closed')).body.items).toHaveLength(5);
    const rated = await visitorCommand(visitor, 'conversation:rate', { conversationId: first.conversationId, score: 4 }, 5000);
    expect(rated.ok).toBe(true);
    expect((await search('q=invoice&rating=4&status=closed')).body.items).toHaveLength(5);
    expect((await search('q=invoice&rating=1')).body).toEqual({ items: [], nextCursor: null });
    expect((await search(`q=invoice&department=nope&tag=${tag.id}`)).body.items).toEqual([]);
    expect((await search('q=invoice&from=2000-01-01&to=2000-12-31')).body.items).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and any text of any length or script safely', async () => {
    expect(issuePaths(await search(''))).toEqual(['q']);
    expect(issuePaths(await search('q=x&status=lost&from=yesterday&limit=0')).sort()).toEqual(['from', 'limit', 'status']);
    expect((await search(`q=${'长'.repeat(501)}`)).status).toBe(400);
    for (const q of ['"', "') OR 1=1 --", '* AND NEAR(', '🙂🙂', 'ا', '$where', 'u:退 w:x', '的']) {
      const answer = await search(`q=${encodeURIComponent(q)}`);
      expect(answer.status, q).toBe(200);
    }
  });

  it('puts contacts whose name or email holds the query first, pointing at their newest conversation', async () => {
    const visitor = await t.visitor({ identity: { name: '陳大文', email: 'tai.man@shop.example' } });
    const said = await visitorSays(visitor, 'parcel never came');
    const byEmail = (await search('q=tai.man')).body;
    expect(byEmail.items).toEqual([
      expect.objectContaining({ conversationId: said.conversationId, contactId: expect.any(String), snippet: '陳大文 · tai.man@shop.example', name: '陳大文' }),
    ]);
    expect(byEmail.items[0]!.messageId).toBeUndefined();
    const withMessages = await until('q=parcel', 1);
    expect(withMessages.items[0]).toMatchObject({ messageId: said.id, name: '陳大文', email: 'tai.man@shop.example' });
    expect((await search('q=tai.man&status=closed')).body.items).toEqual([]);
    expect((await search('q=tai.man', other)).body.items).toEqual([]);
  });

  it('never shows another workspace’s messages', async () => {
    expect((await search('q=refund', other)).body.items).toEqual([]);
    expect((await search(`q=${encodeURIComponent('退款')}`, other)).body.items).toEqual([]);
  });
});
