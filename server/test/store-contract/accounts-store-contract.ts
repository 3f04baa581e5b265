import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { defaultSiteAppearance, type Site, type Workspace } from '@parley/shared';
import type { InvitationRecord } from '../../src/store/accounts-port.js';
import { CONTRACT_NOW, seedTenant } from './contract-fixture.js';
import type { AgentRecord, Store } from '../../src/store/port.js';

/** The accounts part of the store contract (`store.accounts`): every adapter passes it. */
export function describeAccountsStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`accounts store contract: ${name}`, () => {
    let store: Store;
    let workspace: Workspace;
    let site: Site;
    const now = CONTRACT_NOW;

    beforeEach(async () => {
      store = await makeStore();
      ({ workspace, site } = await seedTenant(store));
    });
    afterEach(async () => {
      await store.close();
    });

    const agent = (over: Partial<AgentRecord> = {}): Promise<AgentRecord> =>
      store.createAgent({
        id: nanoid(), workspaceId: workspace.id, email: `${nanoid(8)}@acme.test`.toLowerCase(), name: '客服', role: 'admin', capacity: 2, passwordHash: 'scrypt$x', createdAt: now, ...over,
      });
    const invitation = (over: Partial<InvitationRecord> = {}): InvitationRecord => ({
      id: nanoid(), workspaceId: workspace.id, email: 'new@acme.test', role: 'agent', departmentIds: ['d1'], capacity: 3, invitedById: 'a1',
      tokenHash: nanoid(), createdAt: now, expiresAt: now + 1000, acceptedAt: null, ...over,
    });

    it('gives the first run to exactly one caller, and to nobody once an agent exists', async () => {
      expect(await store.accounts.hasAnyAgent()).toBe(false);
      const racing = await Promise.all([store.accounts.claimFirstRun(now), store.accounts.claimFirstRun(now)]);
      expect(racing.filter(Boolean)).toHaveLength(1);
      expect(await store.accounts.claimFirstRun(now + 1000)).toBe(false);
      // Still no agent a minute later: the set-up died half-way, and a new one may go ahead.
      expect(await store.accounts.claimFirstRun(now + 61_000)).toBe(true);
      const other = await makeStore();
      try {
        const tenant = await seedTenant(other);
        await other.createAgent({ id: nanoid(), workspaceId: tenant.workspace.id, email: 'x@acme.test', name: 'x', role: 'admin', capacity: 0, passwordHash: 'h', createdAt: now });
        expect(await other.accounts.hasAnyAgent()).toBe(true);
        expect(await other.accounts.claimFirstRun(now)).toBe(false);
      } finally {
        await other.close();
      }
    });

    it('changes a site in parts, records where it was seen (never back in time), and deletes it from every look-up', async () => {
      expect((await store.getSite(site.id))?.lastSeen ?? null).toBeNull();
      const appearance = { ...defaultSiteAppearance, brandColor: '#ff6600', welcome: { 'zh-TW': '歡迎' } };
      const renamed = await store.accounts.updateSite(site.id, { name: '新名字', appearance });
      expect(renamed).toMatchObject({ name: '新名字', allowedOrigins: site.allowedOrigins, locale: null, appearance });
      const moved = await store.accounts.updateSite(site.id, { allowedOrigins: ['https://*.acme.test'], locale: 'zh-CN' });
      expect(moved).toMatchObject({ name: '新名字', allowedOrigins: ['https://*.acme.test'], locale: 'zh-CN', appearance });
      expect(await store.accounts.updateSite(site.id, { locale: null })).toMatchObject({ locale: null, name: '新名字' });
      expect(await store.accounts.updateSite(site.id, {})).toMatchObject({ name: '新名字', allowedOrigins: ['https://*.acme.test'] });

      await store.accounts.recordSiteSeen(site.id, 'https://acme.test/pricing', now + 10);
      await store.accounts.recordSiteSeen(site.id, 'https://acme.test/old', now + 5);
      expect((await store.getSiteByKey(site.key))?.lastSeen).toEqual({ url: 'https://acme.test/pricing', at: now + 10 });

      expect(await store.accounts.deleteSite(site.id, now)).toBe(true);
      expect(await store.accounts.deleteSite(site.id, now)).toBe(false);
      expect(await store.getSite(site.id)).toBeNull();
      expect(await store.getSiteByKey(site.key)).toBeNull();
      expect(await store.listSites(workspace.id)).toEqual([]);
      expect(await store.accounts.updateSite(site.id, { name: 'x' })).toBeNull();
    });

    it('keeps account fields and token versions; a password change moves the version in the same write', async () => {
      const a = await agent();
      expect(await store.getAgent(a.id)).toMatchObject({ active: true, avatarUrl: null, language: null, tokenVersion: 0 });
      const changed = await store.accounts.updateAgentAccount(a.id, { active: false, role: 'agent', capacity: 5, language: 'zh-CN', avatarUrl: 'https://x.test/a.png' });
      expect(changed).toMatchObject({ active: false, role: 'agent', capacity: 5, language: 'zh-CN', avatarUrl: 'https://x.test/a.png', name: '客服' });
      expect(await store.accounts.updateAgentAccount(a.id, { avatarUrl: null, active: true })).toMatchObject({ avatarUrl: null, active: true, language: 'zh-CN' });
      expect(await store.accounts.updateAgentAccount(a.id, {})).toMatchObject({ id: a.id, language: 'zh-CN' });
      expect(await store.accounts.updateAgentAccount('nobody', { name: 'x' })).toBeNull();
      expect(await store.accounts.bumpTokenVersion(a.id)).toBe(1);
      expect(await store.accounts.setPassword(a.id, 'scrypt$new')).toBe(2);
      expect(await store.getAgent(a.id)).toMatchObject({ passwordHash: 'scrypt$new', tokenVersion: 2 });
      expect(await store.accounts.bumpTokenVersion('nobody')).toBeNull();
      const b = await agent();
      expect((await store.accounts.listAgents(workspace.id)).map((x) => x.id)).toEqual([a.id, b.id].sort((x, y) => (x < y ? -1 : 1)));
    });

    it('keeps one open invitation per email and workspace; accepting is once, and frees the email', async () => {
      const first = await store.accounts.createInvitation(invitation());
      await expect(store.accounts.createInvitation(invitation())).rejects.toMatchObject({ code: 'conflict' });
      expect(await store.accounts.getInvitationByTokenHash(first.tokenHash)).toEqual(first);
      expect((await store.accounts.listInvitations(workspace.id)).map((i) => i.id)).toEqual([first.id]);
      const renewed = await store.accounts.renewInvitation(first.id, 'new-hash', now + 5000);
      expect(renewed).toMatchObject({ tokenHash: 'new-hash', expiresAt: now + 5000, departmentIds: ['d1'] });
      expect(await store.accounts.getInvitationByTokenHash(first.tokenHash)).toBeNull();

      const racing = await Promise.all([store.accounts.acceptInvitation(first.id, now), store.accounts.acceptInvitation(first.id, now)]);
      expect(racing.filter(Boolean)).toHaveLength(1);
      expect(await store.accounts.getInvitation(first.id)).toMatchObject({ acceptedAt: now });
      expect(await store.accounts.listInvitations(workspace.id)).toEqual([]);
      expect(await store.accounts.deleteInvitation(first.id)).toBe(false);
      const again = await store.accounts.createInvitation(invitation());
      expect(await store.accounts.deleteInvitation(again.id)).toBe(true);
      expect(await store.accounts.getInvitation(again.id)).toBeNull();
    });

    it('uses a password reset link once', async () => {
      const a = await agent();
      await store.accounts.createPasswordReset({ tokenHash: 'h1', agentId: a.id, createdAt: now, expiresAt: now + 3600, usedAt: null });
      expect(await store.accounts.getPasswordReset('h1')).toEqual({ tokenHash: 'h1', agentId: a.id, createdAt: now, expiresAt: now + 3600, usedAt: null });
      const racing = await Promise.all([store.accounts.usePasswordReset('h1', now + 1), store.accounts.usePasswordReset('h1', now + 2)]);
      expect(racing.filter(Boolean)).toHaveLength(1);
      expect((await store.accounts.getPasswordReset('h1'))?.usedAt).toEqual(expect.any(Number));
      expect(await store.accounts.usePasswordReset('missing', now)).toBe(false);
    });

    it('finds API keys by hash, lists them per workspace, records use, and revokes them', async () => {
      const key = await store.accounts.createApiKey({
        id: nanoid(), workspaceId: workspace.id, name: 'CRM', prefix: 'pk_abc', keyHash: 'hash-1', createdById: 'a1', createdAt: now, lastUsedAt: null,
      });
      expect(await store.accounts.getApiKeyByHash('hash-1')).toEqual(key);
      expect(await store.accounts.listApiKeys('other-workspace')).toEqual([]);
      await store.accounts.touchApiKey(key.id, now + 7);
      expect((await store.accounts.listApiKeys(workspace.id))[0]).toMatchObject({ id: key.id, lastUsedAt: now + 7 });
      expect(await store.accounts.deleteApiKey(key.id)).toBe(true);
      expect(await store.accounts.deleteApiKey(key.id)).toBe(false);
      expect(await store.accounts.getApiKeyByHash('hash-1')).toBeNull();
    });
  });
}
