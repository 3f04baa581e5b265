import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { CONTRACT_NOW } from './contract-fixture.js';
import type { OutboxMail } from '../../src/store/mail-port.js';
import type { Store } from '../../src/store/port.js';

/** The contract of the mail outbox (`store.mail`); every adapter's test file runs it. */
export function describeMailStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`mail store contract: ${name}`, () => {
    let store: Store;
    const now = CONTRACT_NOW;
    const lease = 60_000;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const mail = (overrides: Partial<OutboxMail> = {}): OutboxMail => ({
      id: nanoid(),
      kind: 'offline-reply',
      to: 'visitor@example.com',
      locale: 'zh-TW',
      workspaceId: 'ws-1',
      subject: '您的留言有回覆了',
      text: '謝謝您的留言',
      html: '<p>謝謝您的留言</p>',
      idempotencyKey: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
      sentAt: null,
      ...overrides,
    });

    it('stores a mail once per idempotency key, and any number without one', async () => {
      const first = mail({ idempotencyKey: 'offline-reply:m1' });
      expect(await store.mail.enqueueMail(first)).toBe(true);
      expect(await store.mail.enqueueMail(mail({ idempotencyKey: 'offline-reply:m1', to: 'other@example.com' }))).toBe(false);
      expect(await store.mail.enqueueMail(mail())).toBe(true);
      expect(await store.mail.enqueueMail(mail())).toBe(true);
      expect(await store.mail.getMail(first.id)).toEqual(first);
      expect(await store.mail.listMails({ workspaceId: 'ws-1', status: 'pending', limit: 10 })).toHaveLength(3);
    });

    it('lets one of several racing requests with the same key queue', async () => {
      const results = await Promise.all([1, 2, 3, 4].map((i) => store.mail.enqueueMail(mail({ idempotencyKey: 'transcript:c1:1', to: `v${i}@example.com` }))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.mail.countMailsWithKeyPrefix('transcript:c1:')).toBe(1);
    });

    it('claims due mails oldest first, each once, with one more attempt and a lease', async () => {
      const older = mail({ nextAttemptAt: now - 10 });
      const newer = mail({ nextAttemptAt: now });
      const later = mail({ nextAttemptAt: now + 1000 });
      for (const m of [newer, later, older]) await store.mail.enqueueMail(m);
      const claims = await Promise.all([1, 2, 3].map(() => store.mail.claimDueMails(now, lease, 10)));
      const claimed = claims.flat();
      expect(claimed.map((m) => m.id).sort()).toEqual([older.id, newer.id].sort());
      // Oldest first within each claim. Which racing claimer gets which mail is the store's to
      // decide: on MongoDB the three interleave, so one may take the older and another the newer.
      for (const c of claims) expect(c.map((m) => m.id)).toEqual([older.id, newer.id].filter((id) => c.some((m) => m.id === id)));
      expect(claimed[0]).toMatchObject({ status: 'sending', attempts: 1, nextAttemptAt: now + lease });
      expect(await store.mail.claimDueMails(now + 999, lease, 10)).toEqual([]);
      expect((await store.mail.claimDueMails(now + 1000, lease, 10)).map((m) => m.id)).toEqual([later.id]);
    });

    it('puts a mail back for a later attempt, then gives it up', async () => {
      const m = mail();
      await store.mail.enqueueMail(m);
      await store.mail.claimDueMails(now, lease, 10);
      await store.mail.retryMailLater(m.id, now + 4000, 'connect ECONNREFUSED');
      expect(await store.mail.getMail(m.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: now + 4000, lastError: 'connect ECONNREFUSED' });
      expect(await store.mail.claimDueMails(now + 3999, lease, 10)).toEqual([]);
      expect(await store.mail.claimDueMails(now + 4000, lease, 10)).toMatchObject([{ id: m.id, attempts: 2 }]);
      await store.mail.failMail(m.id, '550 no such mailbox');
      expect(await store.mail.getMail(m.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: '550 no such mailbox' });
      // Only a claimed mail moves: a late retry or failure of a mail in another state changes nothing.
      await store.mail.retryMailLater(m.id, now, 'late');
      expect((await store.mail.getMail(m.id))?.status).toBe('failed');
    });

    it('marks a mail sent', async () => {
      const m = mail();
      await store.mail.enqueueMail(m);
      await store.mail.claimDueMails(now, lease, 10);
      await store.mail.markMailSent(m.id, now + 5);
      expect(await store.mail.getMail(m.id)).toMatchObject({ status: 'sent', sentAt: now + 5, lastError: null });
      expect(await store.mail.claimDueMails(now + lease * 2, lease, 10)).toEqual([]);
    });

    it('fails, never re-sends, a mail whose worker died mid-send once its lease is over', async () => {
      const stuck = mail();
      const fresh = mail();
      await store.mail.enqueueMail(stuck);
      await store.mail.claimDueMails(now, lease, 10);
      await store.mail.enqueueMail(fresh);
      await store.mail.claimDueMails(now + lease - 1, lease, 10);
      expect(await store.mail.failAbandonedMails(now + lease, 'interrupted')).toBe(0);
      expect(await store.mail.failAbandonedMails(now + lease + 1, 'interrupted')).toBe(1);
      expect(await store.mail.getMail(stuck.id)).toMatchObject({ status: 'failed', lastError: 'interrupted' });
      expect((await store.mail.getMail(fresh.id))?.status).toBe('sending');
      expect(await store.mail.claimDueMails(now + lease * 3, lease, 10)).toEqual([]);
    });

    it("lists a workspace's mails in one state, newest first, and requeues only its own failed ones", async () => {
      const a = mail({ createdAt: now });
      const b = mail({ createdAt: now + 1 });
      const foreign = mail({ workspaceId: 'ws-2' });
      for (const m of [a, b, foreign]) await store.mail.enqueueMail(m);
      await store.mail.claimDueMails(now, lease, 10);
      for (const m of [a, b, foreign]) await store.mail.failMail(m.id, 'down');
      expect((await store.mail.listMails({ workspaceId: 'ws-1', status: 'failed', limit: 10 })).map((m) => m.id)).toEqual([b.id, a.id]);
      expect(await store.mail.listMails({ workspaceId: 'ws-1', status: 'failed', limit: 1 })).toHaveLength(1);
      expect(await store.mail.requeueFailedMail(foreign.id, 'ws-1', now + 10)).toBeNull();
      expect(await store.mail.requeueFailedMail(a.id, 'ws-1', now + 10)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: now + 10 });
      expect(await store.mail.requeueFailedMail(a.id, 'ws-1', now + 10)).toBeNull();
      expect((await store.mail.claimDueMails(now + 10, lease, 10)).map((m) => m.id)).toEqual([a.id]);
    });

    it('counts mails by the start of their idempotency key', async () => {
      for (const key of ['transcript:c1:1', 'transcript:c1:2', 'transcript:c10:1', 'transcript:c2:1']) {
        await store.mail.enqueueMail(mail({ idempotencyKey: key }));
      }
      expect(await store.mail.countMailsWithKeyPrefix('transcript:c1:')).toBe(2);
      expect(await store.mail.countMailsWithKeyPrefix('transcript:c3:')).toBe(0);
    });
  });
}
