import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorCommand, type Contact, type Conversation, type SetupResult, type Site, type VisitorSession } from '@parley/shared';
import { call, issuePaths, setupBody } from './accounts-helpers.js';
import { errorCode, visitorSays } from './conversation-helpers.js';
import { connectAgents } from './routing-helpers.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

/** How a site's own server signs a user id (the README shows the same in PHP, Python and Ruby). */
const hashOf = (secret: string, userId: string) => createHmac('sha256', secret).update(userId).digest('hex');

function sessionOf(visitor: VisitorClient): Promise<VisitorSession> {
  return new Promise((resolve) => visitor.once('session', resolve));
}

/** Contacts and verified identity (issue 14): the HMAC, devices joining one user, strict mode, the contact REST. */
describe('contacts and verified identity', () => {
  let t: TestServer;
  let admin: string;
  let site: Site;
  let secret: string;
  let other: { token: string; site: Site };

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    admin = await t.agentToken();
    site = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin })).body.sites[0]!;
    const signup = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner@other.example' }) })).body;
    other = { token: signup.token, site: signup.site };
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates and rotates a site’s identity secret for its admins only', async () => {
    const [agent] = await connectAgents(t, 1, { capacity: 1, prefix: 'secret' });
    expect((await call(t, 'POST', `/sites/${site.id}/identity-secret`, { token: agent!.token })).status).toBe(403);
    expect((await call(t, 'POST', `/sites/${site.id}/identity-secret`, { token: other.token })).status).toBe(404);
    expect((await call(t, 'POST', `/sites/${other.site.id}/identity-secret`, { token: admin })).status).toBe(404);
    const first = await call<{ secret: string }>(t, 'POST', `/sites/${site.id}/identity-secret`, { token: admin });
    expect(first.status).toBe(200);
    expect(first.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const second = await call<{ secret: string }>(t, 'POST', `/sites/${site.id}/identity-secret`, { token: admin });
    expect(second.body.secret).not.toBe(first.body.secret);
    secret = second.body.secret;
    // The rotated-away secret no longer verifies anyone.
    await expect(t.visitor({ identity: { userId: 'old', userHash: hashOf(first.body.secret, 'old') } })).rejects.toSatisfy((e) => errorCode(e) === 'forbidden');
  });

  it('follows a verified user to a second device: the same visitor, the same conversation', async () => {
    const identity = { userId: 'user-1001', name: '王小梅', email: 'mei@shop.example', attributes: { plan: 'pro' }, userHash: hashOf(secret, 'user-1001') };
    const laptop = await t.visitor({ identity });
    const said = await visitorSays(laptop, '我在电脑上问过退款');

    const phoneSocket = t.visitor({ identity: { userId: 'user-1001', userHash: hashOf(secret, 'user-1001') } });
    const phone = await phoneSocket;
    const session = await new Promise<VisitorSession>((resolve) => {
      phone.once('session', resolve);
      phone.disconnect().connect();
    });
    const current = await visitorCommand(phone, 'conversation:current', {}, 5000);
    expect(current.ok && current.data?.messages.map((m) => m.text)).toEqual(['我在电脑上问过退款']);
    expect(current.ok && current.data?.conversation.id).toBe(said.conversationId);
    const conversation = (await t.server.store.getConversation(said.conversationId))!;
    expect(session.visitorId).toBe(conversation.visitorId);

    const contact = (await call<{ contact: Contact }>(t, 'GET', `/conversations/${said.conversationId}/contact`, { token: admin })).body.contact;
    expect(contact).toMatchObject({ userId: 'user-1001', verified: true, name: '王小梅', email: 'mei@shop.example', attributes: { plan: 'pro' } });
    expect(contact.visitorIds).toContain(conversation.visitorId);
  });

  it('hands a connected anonymous browser the verified user’s visitor, and links its own past chats to the contact', async () => {
    const anonymous = await t.visitor();
    const before = await visitorSays(anonymous, 'anonymous question first');
    const ack = await visitorCommand(anonymous, 'visitor:identify', { userId: 'user-1001', userHash: hashOf(secret, 'user-1001') }, 5000);
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.verified).toBe(true);
    expect(ack.data.reconnectWith).not.toBeNull();
    const rejoined = await t.visitor({ token: ack.data.reconnectWith!.token });
    const current = await visitorCommand(rejoined, 'conversation:current', {}, 5000);
    expect(current.ok && current.data?.messages.map((m) => m.text)).toEqual(['我在电脑上问过退款']);
    const conversations = (await call<{ conversations: Conversation[] }>(t, 'GET', `/contacts/${ack.data.contactId}/conversations`, { token: admin })).body.conversations;
    expect(conversations.map((c) => c.id)).toContain(before.conversationId);
    expect(conversations).toHaveLength(2);
  });

  it('refuses a wrong hash and an unverified claim of a verified user, linking nothing', async () => {
    const contactBefore = (await t.server.store.contacts.getVerifiedContact(site.id, 'user-1001'))!;
    await expect(t.visitor({ identity: { userId: 'user-1001', userHash: hashOf('guess', 'user-1001') } })).rejects.toSatisfy((e) => errorCode(e) === 'forbidden');
    const intruder = await t.visitor();
    const wrong = await visitorCommand(intruder, 'visitor:identify', { userId: 'user-1001', userHash: hashOf(secret, 'user-1002') }, 5000);
    expect(!wrong.ok && wrong.error.code).toBe('forbidden');
    const unverified = await visitorCommand(intruder, 'visitor:identify', { userId: 'user-1001', email: 'mei@shop.example' }, 5000);
    expect(!unverified.ok && unverified.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('userHash') });
    const malformed = await visitorCommand(intruder, 'visitor:identify', { userId: 'user-1001', userHash: 'abc' }, 5000);
    expect(!malformed.ok && malformed.error.code).toBe('bad_request');
    expect(await t.server.store.contacts.getVerifiedContact(site.id, 'user-1001')).toEqual(contactBefore);
    const current = await visitorCommand(intruder, 'conversation:current', {}, 5000);
    expect(current.ok && current.data).toBeNull();
    // An unverified identify of someone else keeps to this browser's own contact.
    const own = await visitorCommand(intruder, 'visitor:identify', { userId: 'guest-7', name: 'Guest' }, 5000);
    expect(own.ok && own.data).toMatchObject({ verified: false, reconnectWith: null });
  });

  it('refuses every unverified identify when the site requires verification', async () => {
    expect((await call(t, 'PATCH', `/sites/${site.id}/settings`, { token: admin, body: { requireVerifiedIdentity: true } })).status).toBe(200);
    const visitor = await t.visitor();
    const refused = await visitorCommand(visitor, 'visitor:identify', { name: 'Just a name', email: 'x@y.example' }, 5000);
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    expect(await t.server.store.contacts.getContactOfVisitor((await sessionOrVisitorId(visitor)) ?? '')).toBeNull();
    const verified = await visitorCommand(visitor, 'visitor:identify', { userId: 'user-2002', userHash: hashOf(secret, 'user-2002') }, 5000);
    expect(verified.ok && verified.data.verified).toBe(true);
    await call(t, 'PATCH', `/sites/${site.id}/settings`, { token: admin, body: { requireVerifiedIdentity: false } });
  });

  async function sessionOrVisitorId(visitor: VisitorClient): Promise<string | undefined> {
    const session = sessionOf(visitor);
    visitor.disconnect().connect();
    return (await session).visitorId;
  }

  it('lists, searches, reads and edits contacts over REST; bad input is named and changes nothing', async () => {
    const found = (await call<{ contacts: Contact[]; nextCursor: string | null }>(t, 'GET', '/contacts?q=%E5%B0%8F%E6%A2%85', { token: admin })).body;
    expect(found.contacts.map((c) => c.userId)).toEqual(['user-1001']);
    const mei = found.contacts[0]!;
    const edited = await call<{ contact: Contact }>(t, 'PATCH', `/contacts/${mei.id}`, {
      token: admin,
      body: { phone: '+86 138 0000 0000', company: '小梅商店', notes: '喜欢电话联系', attributes: { plan: null, seats: 5 } },
    });
    expect(edited.body.contact).toMatchObject({ phone: '+86 138 0000 0000', company: '小梅商店', notes: '喜欢电话联系', attributes: { seats: 5 }, verified: true });
    const bad = await call(t, 'PATCH', `/contacts/${mei.id}`, { token: admin, body: { email: 'not-an-email', attributes: { 'bad key!': 1 }, verified: false } });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(expect.arrayContaining(['email']));
    expect((await call<{ contact: Contact }>(t, 'GET', `/contacts/${mei.id}`, { token: admin })).body.contact).toEqual(edited.body.contact);
    expect((await call(t, 'GET', '/contacts?cursor=garbage', { token: admin })).status).toBe(400);

    // Paging walks every contact once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { contacts: Contact[]; nextCursor: string | null } = (await call<{ contacts: Contact[]; nextCursor: string | null }>(t, 'GET', `/contacts?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { token: admin })).body;
      seen.push(...page.contacts.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await call<{ contacts: Contact[] }>(t, 'GET', '/contacts?limit=200', { token: admin })).body.contacts;
    expect(seen).toEqual(all.map((c) => c.id));
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it('merges two contacts keeping every conversation, and exports everything held about one', async () => {
    const guest = await t.visitor();
    const said = await visitorSays(guest, 'guest question about 发票');
    const ack = await visitorCommand(guest, 'visitor:identify', { name: 'Guest', email: 'guest@other.example', attributes: { source: 'ads' } }, 5000);
    expect(ack.ok).toBe(true);
    const guestId = ack.ok ? ack.data.contactId : '';
    const mei = (await t.server.store.contacts.getVerifiedContact(site.id, 'user-1001'))!;
    const before = (await call<{ conversations: Conversation[] }>(t, 'GET', `/contacts/${mei.id}/conversations`, { token: admin })).body.conversations.length;
    expect((await call(t, 'POST', `/contacts/${mei.id}/merge`, { token: admin, body: { otherId: mei.id } })).status).toBe(400);
    expect(issuePaths(await call(t, 'POST', `/contacts/${mei.id}/merge`, { token: admin, body: {} }))).toEqual(['otherId']);
    const merged = await call<{ contact: Contact }>(t, 'POST', `/contacts/${mei.id}/merge`, { token: admin, body: { otherId: guestId } });
    expect(merged.status).toBe(200);
    expect(merged.body.contact).toMatchObject({ id: mei.id, verified: true, userId: 'user-1001', name: '王小梅', attributes: { source: 'ads' } });
    const conversations = (await call<{ conversations: Conversation[] }>(t, 'GET', `/contacts/${mei.id}/conversations`, { token: admin })).body.conversations;
    expect(conversations).toHaveLength(before + 1);
    expect(conversations.map((c) => c.id)).toContain(said.conversationId);
    expect((await call(t, 'GET', `/contacts/${guestId}`, { token: admin })).status).toBe(404);

    const exported = await call<{ contact: Contact; conversations: Array<{ conversation: Conversation; messages: Array<{ text: string }> }> }>(t, 'GET', `/contacts/${mei.id}/export`, { token: admin });
    expect(exported.status).toBe(200);
    expect(exported.body.contact.id).toBe(mei.id);
    expect(exported.body.conversations.flatMap((c) => c.messages.map((m) => m.text))).toEqual(
      expect.arrayContaining(['我在电脑上问过退款', 'anonymous question first', 'guest question about 发票']),
    );
  });

  it('keeps another workspace out of every contact route', async () => {
    const mei = (await t.server.store.contacts.getVerifiedContact(site.id, 'user-1001'))!;
    const conversationId = (await t.server.store.contacts.listContactConversations(mei.id, 1))[0]!.id;
    expect((await call<{ contacts: Contact[] }>(t, 'GET', '/contacts', { token: other.token })).body.contacts).toEqual([]);
    const attempts = await Promise.all([
      call(t, 'GET', `/contacts/${mei.id}`, { token: other.token }),
      call(t, 'PATCH', `/contacts/${mei.id}`, { token: other.token, body: { name: 'taken over' } }),
      call(t, 'GET', `/contacts/${mei.id}/conversations`, { token: other.token }),
      call(t, 'GET', `/conversations/${conversationId}/contact`, { token: other.token }),
      call(t, 'GET', `/contacts/${mei.id}/export`, { token: other.token }),
      call(t, 'POST', `/contacts/${mei.id}/merge`, { token: other.token, body: { otherId: mei.id } }),
    ]);
    expect(attempts.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await t.server.store.contacts.getContact(mei.id)).toEqual(mei);
  });
});
