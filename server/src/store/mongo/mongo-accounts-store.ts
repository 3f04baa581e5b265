import type mongoose from 'mongoose';
import { ErrorCode, type Site } from '@parley/shared';
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
import { agentFromDoc, siteFromDoc, type AgentDoc, type SiteDoc } from './mongo-documents.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

/** `openEmail` is set while an invitation is open and unset once accepted: the unique index covers open ones only. */
interface InvitationDoc extends Omit<InvitationRecord, 'id'> {
  _id: string;
  openEmail?: string;
}
interface ResetDoc extends Omit<PasswordResetRecord, 'tokenHash'> {
  _id: string;
}
interface ApiKeyDoc extends Omit<ApiKeyRecord, 'id'> {
  _id: string;
}

const openInvitationIndex = { name: 'invitations_open_by_email', fields: ['workspaceId', 'openEmail'] } as const;
const after = { returnDocument: 'after', includeResultMetadata: false } as const;
/** A first-run slot this old with no agent behind it belonged to a set-up that died half-way. */
const staleClaimMs = 60_000;

const invitationFromDoc = ({ _id, openEmail: _open, ...d }: InvitationDoc): InvitationRecord => ({
  id: _id,
  ...d,
  departmentIds: [...d.departmentIds],
});
const apiKeyFromDoc = ({ _id, ...d }: ApiKeyDoc): ApiKeyRecord => ({ id: _id, ...d });

export async function ensureAccountsIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('invitations').createIndexes([
    { key: { tokenHash: 1 }, name: 'invitations_token_unique', unique: true },
    {
      key: { workspaceId: 1, openEmail: 1 },
      name: openInvitationIndex.name,
      unique: true,
      partialFilterExpression: { openEmail: { $exists: true } },
    },
    { key: { workspaceId: 1, createdAt: -1 }, name: 'invitations_by_workspace' },
  ]);
  await db.collection('api_keys').createIndexes([
    { key: { keyHash: 1 }, name: 'api_keys_hash_unique', unique: true },
    { key: { workspaceId: 1, createdAt: 1 }, name: 'api_keys_by_workspace' },
  ]);
}

/** Accounts in MongoDB through the driver; every check-and-change is one conditional write. */
export class MongoAccountsStore implements AccountsStore {
  private readonly agents;
  private readonly sites;
  private readonly meta;
  private readonly invitations;
  private readonly resets;
  private readonly apiKeys;

  constructor(db: mongoose.mongo.Db) {
    this.agents = db.collection<AgentDoc>('agents');
    this.sites = db.collection<SiteDoc>('sites');
    this.meta = db.collection<{ _id: string; at: number }>('meta');
    this.invitations = db.collection<InvitationDoc>('invitations');
    this.resets = db.collection<ResetDoc>('password_resets');
    this.apiKeys = db.collection<ApiKeyDoc>('api_keys');
  }

  async claimFirstRun(at: number): Promise<boolean> {
    if (await this.hasAnyAgent()) return false;
    try {
      // The `_id` is the lock: of racing set-ups, exactly one insert succeeds.
      await this.meta.insertOne({ _id: 'first-run', at });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Taken before: only a stale slot (a set-up that died before creating its admin) is taken over.
      return (await this.meta.updateOne({ _id: 'first-run', at: { $lte: at - staleClaimMs } }, { $set: { at } })).modifiedCount === 1;
    }
  }
  async hasAnyAgent(): Promise<boolean> {
    return (await this.agents.findOne({}, { projection: { _id: 1 } })) !== null;
  }

  async updateSite(siteId: string, c: SiteChanges): Promise<Site | null> {
    const set: Partial<SiteDoc> = {};
    if (c.name !== undefined) set.name = c.name;
    if (c.allowedOrigins !== undefined) set.allowedOrigins = [...c.allowedOrigins];
    if (c.locale !== undefined) set.locale = c.locale;
    if (c.appearance !== undefined) set.appearance = c.appearance;
    const filter = { _id: siteId, deletedAt: null };
    // MongoDB refuses an empty $set: nothing to change is a read.
    const doc = Object.keys(set).length ? await this.sites.findOneAndUpdate(filter, { $set: set }, after) : await this.sites.findOne(filter);
    return doc ? siteFromDoc(doc) : null;
  }
  async deleteSite(siteId: string, at: number): Promise<boolean> {
    return (await this.sites.updateOne({ _id: siteId, deletedAt: null }, { $set: { deletedAt: at } })).modifiedCount === 1;
  }
  async recordSiteSeen(siteId: string, url: string, at: number): Promise<void> {
    await this.sites.updateOne(
      { _id: siteId, $or: [{ lastSeenAt: null }, { lastSeenAt: { $lte: at } }] },
      { $set: { lastSeenUrl: url, lastSeenAt: at } },
    );
  }

  async listAgents(workspaceId: string): Promise<AgentRecord[]> {
    return (await this.agents.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(agentFromDoc);
  }
  async updateAgentAccount(agentId: string, c: AgentAccountChanges): Promise<AgentRecord | null> {
    const set: Partial<AgentDoc> = {};
    for (const key of ['name', 'role', 'capacity', 'active', 'avatarUrl', 'language'] as const) {
      if (c[key] !== undefined) Object.assign(set, { [key]: c[key] });
    }
    const doc = Object.keys(set).length
      ? await this.agents.findOneAndUpdate({ _id: agentId }, { $set: set }, after)
      : await this.agents.findOne({ _id: agentId });
    return doc ? agentFromDoc(doc) : null;
  }
  async setPassword(agentId: string, passwordHash: string): Promise<number | null> {
    const doc = await this.agents.findOneAndUpdate({ _id: agentId }, { $set: { passwordHash }, $inc: { tokenVersion: 1 } }, after);
    return doc ? (doc.tokenVersion ?? 0) : null;
  }
  async bumpTokenVersion(agentId: string): Promise<number | null> {
    const doc = await this.agents.findOneAndUpdate({ _id: agentId }, { $inc: { tokenVersion: 1 } }, after);
    return doc ? (doc.tokenVersion ?? 0) : null;
  }

  async createInvitation(i: InvitationRecord): Promise<InvitationRecord> {
    const { id, ...rest } = i;
    try {
      await this.invitations.insertOne({ _id: id, ...rest, departmentIds: [...rest.departmentIds], openEmail: i.email });
    } catch (err) {
      if (isDuplicateKey(err)) throw new AppError(ErrorCode.conflict, 'an open invitation for this email already exists');
      throw err;
    }
    return i;
  }
  async getInvitation(id: string): Promise<InvitationRecord | null> {
    const doc = await this.invitations.findOne({ _id: id });
    return doc ? invitationFromDoc(doc) : null;
  }
  async getInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const doc = await this.invitations.findOne({ tokenHash });
    return doc ? invitationFromDoc(doc) : null;
  }
  async listInvitations(workspaceId: string): Promise<InvitationRecord[]> {
    const docs = await this.invitations.find({ workspaceId, acceptedAt: null }, { sort: { createdAt: -1, _id: 1 } }).toArray();
    return docs.map(invitationFromDoc);
  }
  async renewInvitation(id: string, tokenHash: string, expiresAt: number): Promise<InvitationRecord | null> {
    const doc = await this.invitations.findOneAndUpdate({ _id: id, acceptedAt: null }, { $set: { tokenHash, expiresAt } }, after);
    return doc ? invitationFromDoc(doc) : null;
  }
  async deleteInvitation(id: string): Promise<boolean> {
    return (await this.invitations.deleteOne({ _id: id, acceptedAt: null })).deletedCount === 1;
  }
  async acceptInvitation(id: string, at: number): Promise<boolean> {
    const result = await this.invitations.updateOne({ _id: id, acceptedAt: null }, { $set: { acceptedAt: at }, $unset: { openEmail: '' } });
    return result.modifiedCount === 1;
  }

  async createPasswordReset(r: PasswordResetRecord): Promise<void> {
    const { tokenHash, ...rest } = r;
    await this.resets.insertOne({ _id: tokenHash, ...rest });
  }
  async getPasswordReset(tokenHash: string): Promise<PasswordResetRecord | null> {
    const doc = await this.resets.findOne({ _id: tokenHash });
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { tokenHash: _id, ...rest };
  }
  async usePasswordReset(tokenHash: string, at: number): Promise<boolean> {
    return (await this.resets.updateOne({ _id: tokenHash, usedAt: null }, { $set: { usedAt: at } })).modifiedCount === 1;
  }

  async createApiKey(k: ApiKeyRecord): Promise<ApiKeyRecord> {
    const { id, ...rest } = k;
    await this.apiKeys.insertOne({ _id: id, ...rest });
    return k;
  }
  async listApiKeys(workspaceId: string): Promise<ApiKeyRecord[]> {
    return (await this.apiKeys.find({ workspaceId }, { sort: { createdAt: 1, _id: 1 } }).toArray()).map(apiKeyFromDoc);
  }
  async getApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    const doc = await this.apiKeys.findOne({ keyHash });
    return doc ? apiKeyFromDoc(doc) : null;
  }
  async getApiKey(id: string): Promise<ApiKeyRecord | null> {
    const doc = await this.apiKeys.findOne({ _id: id });
    return doc ? apiKeyFromDoc(doc) : null;
  }
  async deleteApiKey(id: string): Promise<boolean> {
    return (await this.apiKeys.deleteOne({ _id: id })).deletedCount === 1;
  }
  async touchApiKey(id: string, at: number): Promise<void> {
    await this.apiKeys.updateOne({ _id: id }, { $set: { lastUsedAt: at } });
  }
}
