import { nanoid } from 'nanoid';
import { ErrorCode, type CannedReply, type CannedReplyInput } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';

type AgentActor = Actor & { kind: 'agent' };

/**
 * Canned replies' rules: anyone in the workspace reads the shared ones, only admins write them;
 * a personal reply is its owner's alone (to anyone else, admins included, it does not exist).
 */
export class CannedReplies {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  list(actor: AgentActor): Promise<CannedReply[]> {
    return this.store.cannedReplies.listCannedReplies(actor.workspaceId, actor.agentId);
  }

  async get(actor: AgentActor, id: string): Promise<CannedReply> {
    const reply = await this.store.cannedReplies.getCannedReply(id);
    if (!reply || reply.workspaceId !== actor.workspaceId) throw notFound('canned reply');
    if (reply.scope === 'personal' && reply.ownerId !== actor.agentId) throw notFound('canned reply');
    return reply;
  }

  create(actor: AgentActor, input: CannedReplyInput): Promise<CannedReply> {
    assertMayWrite(actor, input.scope);
    const at = this.now();
    return this.store.cannedReplies.createCannedReply({
      id: `cr_${nanoid(12)}`,
      workspaceId: actor.workspaceId,
      shortcut: input.shortcut,
      texts: input.texts,
      scope: input.scope,
      ownerId: input.scope === 'personal' ? actor.agentId : null,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Replaces a reply; moving it between scopes needs the right to write both. */
  async update(actor: AgentActor, id: string, input: CannedReplyInput): Promise<CannedReply> {
    const current = await this.get(actor, id);
    assertMayWrite(actor, current.scope);
    assertMayWrite(actor, input.scope);
    const updated = await this.store.cannedReplies.updateCannedReply({
      ...current,
      shortcut: input.shortcut,
      texts: input.texts,
      scope: input.scope,
      ownerId: input.scope === 'personal' ? (current.ownerId ?? actor.agentId) : null,
      updatedAt: this.now(),
    });
    if (!updated) throw notFound('canned reply');
    return updated;
  }

  async remove(actor: AgentActor, id: string): Promise<void> {
    const current = await this.get(actor, id);
    assertMayWrite(actor, current.scope);
    await this.store.cannedReplies.deleteCannedReply(id);
  }
}

function assertMayWrite(actor: AgentActor, scope: CannedReply['scope']): void {
  if (scope === 'workspace' && actor.role !== 'admin') {
    throw new AppError(ErrorCode.forbidden, "only an admin can change the workspace's shared canned replies");
  }
}
