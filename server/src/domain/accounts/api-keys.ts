import { nanoid } from 'nanoid';
import { ErrorCode, type Agent, type ApiKey } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { ApiKeyRecord } from '../../store/accounts-port.js';
import type { Store } from '../../store/port.js';
import { assertAdmin, type Actor } from '../conversations/conversation-access.js';
import { hashSecret, newSecret } from './secret-token.js';

type AgentActor = Actor & { kind: 'agent' };

/** Every key starts with this, so a bearer token is told from an agent's JWT without a look-up. */
export const apiKeyPrefix = 'pk_';
/** The agent id an API key acts under (never a real person's). */
export const apiKeyAgentId = (keyId: string) => `apikey_${keyId}`;
/** Last-used times are written at most this often per key: a busy integration is not a write per call. */
const touchEveryMs = 60_000;

/**
 * REST API keys: named, shown once, stored hashed, revocable. A key acts on `/api/v1` within
 * its workspace with an admin's rights (it is not a person: it cannot manage an account).
 */
export class ApiKeys {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Creates a key (people who are admins only); `key` is in this answer and never again. */
  async create(actor: AgentActor, name: string): Promise<{ apiKey: ApiKey; key: string }> {
    await this.assertPersonAdmin(actor);
    const key = newSecret(apiKeyPrefix);
    const record = await this.store.accounts.createApiKey({
      id: nanoid(),
      workspaceId: actor.workspaceId,
      name,
      prefix: key.slice(0, apiKeyPrefix.length + 6),
      keyHash: hashSecret(key),
      createdById: actor.agentId,
      createdAt: this.now(),
      lastUsedAt: null,
    });
    return { apiKey: present(record), key };
  }

  async list(actor: AgentActor): Promise<ApiKey[]> {
    assertAdmin(actor);
    return (await this.store.accounts.listApiKeys(actor.workspaceId)).map(present);
  }

  /** Revokes a key: the next request with it is refused. */
  async revoke(actor: AgentActor, id: string): Promise<void> {
    await this.assertPersonAdmin(actor);
    const record = await this.store.accounts.getApiKey(id);
    if (!record || record.workspaceId !== actor.workspaceId || !(await this.store.accounts.deleteApiKey(id))) throw notFound('API key');
  }

  /** The identity a key acts as: an admin of its workspace named after the key. */
  async authenticate(key: string): Promise<Agent> {
    const record = await this.store.accounts.getApiKeyByHash(hashSecret(key));
    if (!record) throw new AppError(ErrorCode.unauthorized, 'invalid or revoked API key');
    const at = this.now();
    if (at - (record.lastUsedAt ?? 0) >= touchEveryMs) await this.store.accounts.touchApiKey(record.id, at);
    return { id: apiKeyAgentId(record.id), workspaceId: record.workspaceId, email: '', name: record.name, role: 'admin', capacity: 0, active: true, createdAt: record.createdAt };
  }

  /** Keys are managed by people: a leaked key cannot mint or revoke others. */
  private async assertPersonAdmin(actor: AgentActor): Promise<void> {
    assertAdmin(actor);
    if (!(await this.store.getAgent(actor.agentId))) throw new AppError(ErrorCode.forbidden, 'API keys are managed by signed-in admins, not by other keys');
  }
}

function present(record: ApiKeyRecord): ApiKey {
  const { keyHash: _hash, ...key } = record;
  return key;
}
