import type { AgentRole, ApiKey, Invitation, Site, SiteAppearance } from '@parley/shared';
import type { AgentRecord } from './port.js';

/** An invitation as stored: the link's token only as its SHA-256 hash. */
export interface InvitationRecord extends Omit<Invitation, 'status' | 'url'> {
  tokenHash: string;
  /** When it was accepted; `null` while it is open. */
  acceptedAt: number | null;
}

/** A forgotten-password link as stored (hashed), valid once until `expiresAt`. */
export interface PasswordResetRecord {
  tokenHash: string;
  agentId: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** An API key as stored: the secret only as its SHA-256 hash. */
export interface ApiKeyRecord extends ApiKey {
  keyHash: string;
}

export interface SiteChanges {
  name?: string;
  allowedOrigins?: string[];
  locale?: string | null;
  appearance?: SiteAppearance;
}

export interface AgentAccountChanges {
  name?: string;
  role?: AgentRole;
  capacity?: number;
  active?: boolean;
  avatarUrl?: string | null;
  language?: string | null;
}

/**
 * Accounts' part of the store (`store.accounts`): first run, sites' life cycle and install
 * check, people's account state and token versions, invitations, password resets, API keys.
 * Adapters pass `accounts-store-contract.ts`.
 */
export interface AccountsStore {
  /**
   * Atomic: takes the one-time first-run slot when no agent exists yet. `true` for exactly one
   * of racing callers; `false` once any account exists. A slot taken over a minute before `at`
   * with still no agent (a set-up that died half-way) may be taken again.
   */
  claimFirstRun(at: number): Promise<boolean>;
  /** True when at least one agent exists. */
  hasAnyAgent(): Promise<boolean>;

  /** Changes what is given; `null` for a missing or deleted site. */
  updateSite(siteId: string, changes: SiteChanges): Promise<Site | null>;
  /** Deleted sites leave lists and key look-ups (their transcripts stay); `false` when already gone. */
  deleteSite(siteId: string, at: number): Promise<boolean>;
  /** The install check: where and when a widget last loaded. */
  recordSiteSeen(siteId: string, url: string, at: number): Promise<void>;

  /** Every agent of the workspace with the account fields, oldest first. */
  listAgents(workspaceId: string): Promise<AgentRecord[]>;
  updateAgentAccount(agentId: string, changes: AgentAccountChanges): Promise<AgentRecord | null>;
  /** Stores a new password hash and bumps the token version in one write; the new version. */
  setPassword(agentId: string, passwordHash: string): Promise<number | null>;
  /** Atomic: the token version + 1 (every token signed before stops working); the new version. */
  bumpTokenVersion(agentId: string): Promise<number | null>;

  /** Fails with `conflict` when the workspace already has an open invitation for the email. */
  createInvitation(invitation: InvitationRecord): Promise<InvitationRecord>;
  getInvitation(id: string): Promise<InvitationRecord | null>;
  getInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  /** Open (not accepted) invitations of the workspace, newest first. */
  listInvitations(workspaceId: string): Promise<InvitationRecord[]>;
  /** A new link for a resend: the old one stops working. */
  renewInvitation(id: string, tokenHash: string, expiresAt: number): Promise<InvitationRecord | null>;
  /** Revokes an open invitation; `false` when there was none. */
  deleteInvitation(id: string): Promise<boolean>;
  /** Atomic: marks an open invitation accepted; `true` for exactly one caller. */
  acceptInvitation(id: string, at: number): Promise<boolean>;

  createPasswordReset(reset: PasswordResetRecord): Promise<void>;
  getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null>;
  /** Atomic: marks an unused link used; `true` for exactly one caller. */
  usePasswordReset(tokenHash: string, at: number): Promise<boolean>;

  createApiKey(key: ApiKeyRecord): Promise<ApiKeyRecord>;
  listApiKeys(workspaceId: string): Promise<ApiKeyRecord[]>;
  getApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null>;
  getApiKey(id: string): Promise<ApiKeyRecord | null>;
  /** Revokes (deletes) a key; `false` when there was none. */
  deleteApiKey(id: string): Promise<boolean>;
  touchApiKey(id: string, at: number): Promise<void>;
}
