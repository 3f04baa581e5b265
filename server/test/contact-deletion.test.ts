import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact, Site } from '@parley/shared';
import { call } from './accounts-helpers.js';
import { visitorSays } from './conversation-helpers.js';
import { connectAgents } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const hashOf = (secret: string, userId: string) => createHmac('sha256', secret).update(userId).digest('hex');

/**
 * `DELETE /api/v1/contacts/{id}` (issue 14) on the real server: admins only, refused while a
 * conversation of theirs is open, everything gone after; and a deletion a crash cut short (the
 * mark stored, the work not done) finished by the next start on the same data.
 */
describe('deleting a contact', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-contact-deletion-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** A verified contact with one conversation (closed when asked), made the way the widget makes it. */
  async function contactWithChat(t: TestServer, admin: string, secret: string, userId: string, closed: boolean) {
    const visitor = await t.visitor({ identity: { userId, userHash: hashOf(secret, userId), name: userId } });
    const said = await visitorSays(visitor, `the private question of ${userId}`);
    visitor.disconnect();
    if (closed) await t.server.store.closeConversation(said.conversationId, Date.now());
    const contact = (await call<{ contact: Contact }>(t, 'GET', `/conversations/${said.conversationId}/contact`, { token: admin })).body.contact;
    return { contact, conversationId: said.conversationId };
  }

  it('deletes for admins only, refuses while a chat is open, and leaves nothing of the contact', async () => {
    const t = await startTestServer({}, { dataDir, keepData: true });
    const admin = await t.agentToken();
    const site = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: admin })).body.sites[0]!;
    const secret = (await call<{ secret: string }>(t, 'POST', `/sites/${site.id}/identity-secret`, { token: admin })).body.secret;

    const open = await contactWithChat(t, admin, secret, 'user-open', false);
    const refused = await call<{ error: { code: string; message: string } }>(t, 'DELETE', `/contacts/${open.contact.id}`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(open.conversationId);
    expect((await call(t, 'GET', `/contacts/${open.contact.id}`, { token: admin })).status).toBe(200);

    const done = await contactWithChat(t, admin, secret, 'user-done', true);
    const [agent] = await connectAgents(t, 1, { capacity: 1, prefix: 'deleter' });
    expect((await call(t, 'DELETE', `/contacts/${done.contact.id}`, { token: agent!.token })).status).toBe(403);
    expect((await call(t, 'DELETE', `/contacts/${done.contact.id}`, { token: admin })).status).toBe(204);
    expect((await call(t, 'GET', `/contacts/${done.contact.id}`, { token: admin })).status).toBe(404);
    expect((await call(t, 'GET', `/conversations/${done.conversationId}/messages`, { token: admin })).status).toBe(404);
    expect(await t.server.store.getVisitor(done.contact.visitorIds[0]!)).toBeNull();
    expect((await call(t, 'DELETE', `/contacts/${done.contact.id}`, { token: admin })).status).toBe(404);

    // The crash: the deletion marked in the store, then the process gone before doing the work.
    const cut = await contactWithChat(t, admin, secret, 'user-cut', true);
    await t.server.store.contacts.markContactDeleting(cut.contact.id, Date.now());
    expect((await call(t, 'GET', `/contacts/${cut.contact.id}`, { token: admin })).status).toBe(404);
    await t.close();

    const restarted = await startTestServer({}, { dataDir, keepData: true });
    try {
      const token = await restarted.agentToken();
      expect(await restarted.server.store.contacts.listContactDeletions()).toEqual([]);
      expect(await restarted.server.store.getConversation(cut.conversationId)).toBeNull();
      expect(await restarted.server.store.getVisitor(cut.contact.visitorIds[0]!)).toBeNull();
      expect((await call(restarted, 'GET', `/conversations/${cut.conversationId}/messages`, { token })).status).toBe(404);
      // The contact whose deletion was refused is untouched.
      expect((await call(restarted, 'GET', `/contacts/${open.contact.id}`, { token })).status).toBe(200);
    } finally {
      await restarted.close();
    }
  });
});
