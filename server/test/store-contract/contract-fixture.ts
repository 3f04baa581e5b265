import { nanoid } from 'nanoid';
import type { Conversation, Site, Visitor, Workspace } from '@parley/shared';
import type { Store } from '../../src/store/port.js';

/** The fixed clock every contract suite writes with. */
export const CONTRACT_NOW = 1_700_000_000_000;

export interface ContractTenant {
  workspace: Workspace;
  site: Site;
  visitor: Visitor;
}

/** A fresh workspace with one site and one visitor, the ground every contract test stands on. */
export async function seedTenant(store: Store, site: Partial<Site> = {}): Promise<ContractTenant> {
  const workspace = await store.createWorkspace({ id: nanoid(), name: 'Acme', createdAt: CONTRACT_NOW });
  const created = await store.createSite({
    id: nanoid(),
    workspaceId: workspace.id,
    key: `site-${nanoid(6)}`,
    name: 'Acme',
    allowedOrigins: ['*'],
    locale: null,
    createdAt: CONTRACT_NOW,
    ...site,
  });
  const visitor = await store.createVisitor({
    id: nanoid(),
    siteId: created.id,
    name: null,
    email: null,
    createdAt: CONTRACT_NOW,
    lastSeenAt: CONTRACT_NOW,
  });
  return { workspace, site: created, visitor };
}

/** A new waiting conversation of the tenant's visitor, as a store's open call takes it. */
export function draftConversation(
  tenant: { workspace: Workspace; site: Site; visitor: Visitor },
  overrides: Partial<Conversation> = {},
): Conversation {
  return {
    id: nanoid(),
    workspaceId: tenant.workspace.id,
    siteId: tenant.site.id,
    visitorId: tenant.visitor.id,
    status: 'waiting',
    assigneeId: null,
    lastSeq: 0,
    lastMessage: null,
    createdAt: CONTRACT_NOW,
    updatedAt: CONTRACT_NOW,
    closedAt: null,
    ...overrides,
  };
}
