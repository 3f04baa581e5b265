import type { Agent, AgentRole, Site, Workspace } from '../domain.js';

/** Where and when a widget last loaded from one of the site's allowed origins (the install check). */
export interface SiteLastSeen {
  url: string;
  at: number;
}

export const InvitationStatus = { pending: 'pending', expired: 'expired' } as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

/** An invitation that has not been accepted or revoked yet. */
export interface Invitation {
  id: string;
  workspaceId: string;
  email: string;
  role: AgentRole;
  departmentIds: string[];
  capacity: number;
  invitedById: string;
  createdAt: number;
  expiresAt: number;
  status: InvitationStatus;
  /** The one-time link: only in the answer that created or re-sent it, and only when no SMTP is configured. */
  url?: string;
}

/** A REST API key as listed: the secret itself is shown once, when it is created. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  /** The key's first characters, to tell keys apart. */
  prefix: string;
  createdById: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** What set-up, sign-up and accepting an invitation answer: signed in at once. */
export interface SignedIn {
  token: string;
  agent: Agent;
}

export interface SetupResult extends SignedIn {
  workspace: Workspace;
  site: Site;
}
