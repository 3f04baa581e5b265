import type { Database } from 'better-sqlite3';
import { ErrorCode, type AgentRole, type Site } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type {
  AccountsStore,
  AgentAccountChanges,
  ApiKeyRecord,
  InvitationRecord,
  PasswordResetRecord,
  SiteChanges,
} from '../accounts-port.js';
import type { AgentRecord } from '../port.js';
import { toAgent, toSite, type AgentRow, type SiteRow } from './sqlite-rows.js';

interface InvitationRow {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  department_ids: string;
  capacity: number;
  invited_by_id: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
}
const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  email: r.email,
  role: r.role as AgentRole,
  departmentIds: JSON.parse(r.department_ids) as string[],
  capacity: r.capacity,
  invitedById: r.invited_by_id,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
});

interface ApiKeyRow {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_by_id: string;
  created_at: number;
  last_used_at: number | null;
}
const toApiKey = (r: ApiKeyRow): ApiKeyRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  prefix: r.prefix,
  keyHash: r.key_hash,
  createdById: r.created_by_id,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

/** A first-run slot this old with no agent behind it belonged to a set-up that died half-way. */
const staleClaimMs = 60_000;

/** Accounts on the SQLite file, sharing the store's Database handle. */
export class SqliteAccountsStore implements AccountsStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  async claimFirstRun(at: number): Promise<boolean> {
    // BEGIN IMMEDIATE takes the write lock before the check: a second process waits, then sees the row.
    return this.db
      .transaction(() => {
        if (this.s.anyAgent.get()) return false;
        return this.s.claimFirstRun.run(at, at - staleClaimMs).changes === 1;
      })
      .immediate();
  }
  async hasAnyAgent(): Promise<boolean> {
    return this.s.anyAgent.get() !== undefined;
  }

  async updateSite(siteId: string, c: SiteChanges): Promise<Site | null> {
    const row = this.s.updateSite.get(
      c.name ?? null,
      c.allowedOrigins ? JSON.stringify(c.allowedOrigins) : null,
      c.locale !== undefined ? 1 : 0,
      c.locale ?? null,
      c.appearance ? JSON.stringify(c.appearance) : null,
      siteId,
    ) as SiteRow | undefined;
    return row ? toSite(row) : null;
  }
  async deleteSite(siteId: string, at: number): Promise<boolean> {
    return this.s.deleteSite.run(at, siteId).changes === 1;
  }
  async recordSiteSeen(siteId: string, url: string, at: number): Promise<void> {
    this.s.siteSeen.run(url, at, siteId, at);
  }

  async listAgents(workspaceId: string): Promise<AgentRecord[]> {
    return (this.s.listAgents.all(workspaceId) as AgentRow[]).map(toAgent);
  }
  async updateAgentAccount(agentId: string, c: AgentAccountChanges): Promise<AgentRecord | null> {
    const row = this.s.updateAgent.get(
      c.name ?? null,
      c.role ?? null,
      c.capacity ?? null,
      c.active === undefined ? null : c.active ? 1 : 0,
      c.avatarUrl !== undefined ? 1 : 0,
      c.avatarUrl ?? null,
      c.language !== undefined ? 1 : 0,
      c.language ?? null,
      agentId,
    ) as AgentRow | undefined;
    return row ? toAgent(row) : null;
  }
  async setPassword(agentId: string, passwordHash: string): Promise<number | null> {
    const row = this.s.setPassword.get(passwordHash, agentId) as { token_version: number } | undefined;
    return row ? row.token_version : null;
  }
  async bumpTokenVersion(agentId: string): Promise<number | null> {
    const row = this.s.bumpTokenVersion.get(agentId) as { token_version: number } | undefined;
    return row ? row.token_version : null;
  }

  async createInvitation(i: InvitationRecord): Promise<InvitationRecord> {
    try {
      this.s.insertInvitation.run(
        i.id,
        i.workspaceId,
        i.email,
        i.role,
        JSON.stringify(i.departmentIds),
        i.capacity,
        i.invitedById,
        i.tokenHash,
        i.createdAt,
        i.expiresAt,
        i.acceptedAt,
      );
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new AppError(ErrorCode.conflict, 'an open invitation for this email already exists');
      }
      throw err;
    }
    return i;
  }
  async getInvitation(id: string): Promise<InvitationRecord | null> {
    const row = this.s.getInvitation.get(id) as InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }
  async getInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const row = this.s.invitationByToken.get(tokenHash) as InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }
  async listInvitations(workspaceId: string): Promise<InvitationRecord[]> {
    return (this.s.listInvitations.all(workspaceId) as InvitationRow[]).map(toInvitation);
  }
  async renewInvitation(id: string, tokenHash: string, expiresAt: number): Promise<InvitationRecord | null> {
    const row = this.s.renewInvitation.get(tokenHash, expiresAt, id) as InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }
  async deleteInvitation(id: string): Promise<boolean> {
    return this.s.deleteInvitation.run(id).changes === 1;
  }
  async acceptInvitation(id: string, at: number): Promise<boolean> {
    return this.s.acceptInvitation.run(at, id).changes === 1;
  }

  async createPasswordReset(r: PasswordResetRecord): Promise<void> {
    this.s.insertReset.run(r.tokenHash, r.agentId, r.createdAt, r.expiresAt, r.usedAt);
  }
  async getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null> {
    const row = this.s.getReset.get(tokenHash) as
      | { token_hash: string; agent_id: string; created_at: number; expires_at: number; used_at: number | null }
      | undefined;
    return row
      ? { tokenHash: row.token_hash, agentId: row.agent_id, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }
      : null;
  }
  async usePasswordReset(tokenHash: string, at: number): Promise<boolean> {
    return this.s.useReset.run(at, tokenHash).changes === 1;
  }

  async createApiKey(k: ApiKeyRecord): Promise<ApiKeyRecord> {
    this.s.insertApiKey.run(k.id, k.workspaceId, k.name, k.prefix, k.keyHash, k.createdById, k.createdAt, k.lastUsedAt);
    return k;
  }
  async listApiKeys(workspaceId: string): Promise<ApiKeyRecord[]> {
    return (this.s.listApiKeys.all(workspaceId) as ApiKeyRow[]).map(toApiKey);
  }
  async getApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    const row = this.s.apiKeyByHash.get(keyHash) as ApiKeyRow | undefined;
    return row ? toApiKey(row) : null;
  }
  async getApiKey(id: string): Promise<ApiKeyRecord | null> {
    const row = this.s.getApiKey.get(id) as ApiKeyRow | undefined;
    return row ? toApiKey(row) : null;
  }
  async deleteApiKey(id: string): Promise<boolean> {
    return this.s.deleteApiKey.run(id).changes === 1;
  }
  async touchApiKey(id: string, at: number): Promise<void> {
    this.s.touchApiKey.run(at, id);
  }
}

function prepare(db: Database) {
  return {
    anyAgent: db.prepare('SELECT 1 FROM agents LIMIT 1'),
    claimFirstRun: db.prepare('INSERT INTO first_run (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at WHERE first_run.at <= ?'),
    // `?` flags say whether a nullable column is being set (to null or a value) or left alone.
    updateSite: db.prepare(
      `UPDATE sites SET name = COALESCE(?, name), allowed_origins = COALESCE(?, allowed_origins),
         locale = CASE WHEN ? THEN ? ELSE locale END, appearance = COALESCE(?, appearance)
       WHERE id = ? AND deleted_at IS NULL RETURNING *`,
    ),
    deleteSite: db.prepare('UPDATE sites SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    siteSeen: db.prepare('UPDATE sites SET last_seen_url = ?, last_seen_at = ? WHERE id = ? AND COALESCE(last_seen_at, 0) <= ?'),
    listAgents: db.prepare('SELECT * FROM agents WHERE workspace_id = ? ORDER BY created_at, id'),
    updateAgent: db.prepare(
      `UPDATE agents SET name = COALESCE(?, name), role = COALESCE(?, role), capacity = COALESCE(?, capacity),
         active = COALESCE(?, active), avatar_url = CASE WHEN ? THEN ? ELSE avatar_url END,
         language = CASE WHEN ? THEN ? ELSE language END
       WHERE id = ? RETURNING *`,
    ),
    setPassword: db.prepare('UPDATE agents SET password_hash = ?, token_version = token_version + 1 WHERE id = ? RETURNING token_version'),
    bumpTokenVersion: db.prepare('UPDATE agents SET token_version = token_version + 1 WHERE id = ? RETURNING token_version'),
    insertInvitation: db.prepare(
      `INSERT INTO invitations (id, workspace_id, email, role, department_ids, capacity, invited_by_id, token_hash, created_at, expires_at, accepted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getInvitation: db.prepare('SELECT * FROM invitations WHERE id = ?'),
    invitationByToken: db.prepare('SELECT * FROM invitations WHERE token_hash = ?'),
    listInvitations: db.prepare('SELECT * FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL ORDER BY created_at DESC, id'),
    renewInvitation: db.prepare('UPDATE invitations SET token_hash = ?, expires_at = ? WHERE id = ? AND accepted_at IS NULL RETURNING *'),
    deleteInvitation: db.prepare('DELETE FROM invitations WHERE id = ? AND accepted_at IS NULL'),
    acceptInvitation: db.prepare('UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL'),
    insertReset: db.prepare('INSERT INTO password_resets (token_hash, agent_id, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?)'),
    getReset: db.prepare('SELECT * FROM password_resets WHERE token_hash = ?'),
    useReset: db.prepare('UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL'),
    insertApiKey: db.prepare(
      'INSERT INTO api_keys (id, workspace_id, name, prefix, key_hash, created_by_id, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    listApiKeys: db.prepare('SELECT * FROM api_keys WHERE workspace_id = ? ORDER BY created_at, id'),
    apiKeyByHash: db.prepare('SELECT * FROM api_keys WHERE key_hash = ?'),
    getApiKey: db.prepare('SELECT * FROM api_keys WHERE id = ?'),
    deleteApiKey: db.prepare('DELETE FROM api_keys WHERE id = ?'),
    touchApiKey: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?'),
  };
}
