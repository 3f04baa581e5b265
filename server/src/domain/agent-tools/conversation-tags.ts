import { nanoid } from 'nanoid';
import { ErrorCode, type Conversation, type Tag, type TagInput, type TagPatch } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { assertCanSee, type Actor } from '../conversations/conversation-access.js';
import type { DomainEvents } from '../events.js';

type AgentActor = Actor & { kind: 'agent' };

/** Tags: any agent creates one and labels conversations with it; admins rename and delete. */
export class ConversationTags {
  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly now: () => number,
  ) {}

  list(actor: AgentActor): Promise<Tag[]> {
    return this.store.tags.listTags(actor.workspaceId);
  }

  async get(actor: AgentActor, id: string): Promise<Tag> {
    const tag = await this.store.tags.getTag(id);
    if (!tag || tag.workspaceId !== actor.workspaceId) throw notFound('tag');
    return tag;
  }

  create(actor: AgentActor, input: TagInput): Promise<Tag> {
    return this.store.tags.createTag({ id: `tag_${nanoid(12)}`, workspaceId: actor.workspaceId, name: input.name, colour: input.colour, createdAt: this.now() });
  }

  async update(actor: AgentActor, id: string, patch: TagPatch): Promise<Tag> {
    assertAdmin(actor);
    const current = await this.get(actor, id);
    const updated = await this.store.tags.updateTag({ ...current, ...(patch.name ? { name: patch.name } : {}), ...(patch.colour ? { colour: patch.colour } : {}) });
    if (!updated) throw notFound('tag');
    return updated;
  }

  async remove(actor: AgentActor, id: string): Promise<void> {
    assertAdmin(actor);
    await this.get(actor, id);
    await this.store.tags.deleteTag(id);
  }

  /**
   * Replaces a conversation's tags; every id must be a tag of the caller's workspace (else 400
   * naming `tagIds.N`, and nothing changes). The console hears `conversation:updated`.
   */
  async setOnConversation(actor: AgentActor, conversationId: string, tagIds: string[]): Promise<Conversation> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    const known = new Set((await this.store.tags.listTags(actor.workspaceId)).map((t) => t.id));
    const unknown = tagIds.map((id, index) => ({ id, index })).filter(({ id }) => !known.has(id));
    if (unknown.length) {
      throw new AppError(
        ErrorCode.badRequest,
        `tagIds: no such tag ${unknown.map((u) => u.id).join(', ')}`,
        unknown.map(({ index }) => ({ path: `tagIds.${index}`, message: 'no such tag in this workspace' })),
      );
    }
    const updated = await this.store.tags.setConversationTags(conversationId, tagIds);
    if (!updated) throw notFound('conversation');
    this.events.emit('conversation:updated', { conversation: updated, change: 'tagged', detail: { actorId: actor.agentId } });
    return updated;
  }
}

function assertAdmin(actor: AgentActor): void {
  if (actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only an admin can rename or delete a tag');
}
