import type { CannedReply, CannedReplyInput, Conversation, Mention, Tag, TagInput, TagPatch } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { DomainEvents } from '../events.js';
import { CannedReplies } from './canned-replies.js';
import { ConversationTags } from './conversation-tags.js';
import { MentionNotes } from './mention-notes.js';
import { notFound } from '../../app-error.js';
import type { Logger } from '../../logger.js';

type AgentActor = Actor & { kind: 'agent' };

/** The agent's tools in the console (issue 14): canned replies, tags and mentions. One object; transports call its methods. */
export class AgentTools {
  private readonly canned: CannedReplies;
  private readonly tags: ConversationTags;
  private readonly mentions: MentionNotes;

  constructor(deps: { store: Store; events: DomainEvents; log: Logger; now?: () => number }) {
    const now = deps.now ?? Date.now;
    this.canned = new CannedReplies(deps.store, now);
    this.tags = new ConversationTags(deps.store, deps.events, now);
    this.mentions = new MentionNotes({ store: deps.store, events: deps.events, log: deps.log, now });
  }

  /** `GET /mentions`: the caller's mentions, newest first (the console's "Mentions" view). */
  listMentions(actor: AgentActor, options: { unreadOnly: boolean; limit: number }): Promise<Mention[]> {
    return this.mentions.list(actor.agentId, options);
  }
  /** `POST /mentions/{id}/read`; `not_found` for a mention of someone else. */
  async markMentionRead(actor: AgentActor, id: string): Promise<Mention> {
    const mention = await this.mentions.markRead(actor.agentId, id);
    if (!mention) throw notFound('mention');
    return mention;
  }

  /** The workspace's shared canned replies and the caller's personal ones, by shortcut. */
  listCannedReplies(actor: AgentActor): Promise<CannedReply[]> {
    return this.canned.list(actor);
  }
  /** One canned reply the caller may see (`not_found` for someone else's personal one). */
  getCannedReply(actor: AgentActor, id: string): Promise<CannedReply> {
    return this.canned.get(actor, id);
  }
  /** `conflict` when the shortcut is taken in that scope; `forbidden` for a shared one unless admin. */
  createCannedReply(actor: AgentActor, input: CannedReplyInput): Promise<CannedReply> {
    return this.canned.create(actor, input);
  }
  updateCannedReply(actor: AgentActor, id: string, input: CannedReplyInput): Promise<CannedReply> {
    return this.canned.update(actor, id, input);
  }
  deleteCannedReply(actor: AgentActor, id: string): Promise<void> {
    return this.canned.remove(actor, id);
  }

  /** The workspace's tags, by name. */
  listTags(actor: AgentActor): Promise<Tag[]> {
    return this.tags.list(actor);
  }
  /** `conflict` when the name is taken (ignoring case). */
  createTag(actor: AgentActor, input: TagInput): Promise<Tag> {
    return this.tags.create(actor, input);
  }
  updateTag(actor: AgentActor, id: string, patch: TagPatch): Promise<Tag> {
    return this.tags.update(actor, id, patch);
  }
  /** Deletes the tag and takes it off every conversation (admins). */
  deleteTag(actor: AgentActor, id: string): Promise<void> {
    return this.tags.remove(actor, id);
  }
  /** `PUT /conversations/{id}/tags`: replaces the conversation's tags. */
  setConversationTags(actor: AgentActor, conversationId: string, tagIds: string[]): Promise<Conversation> {
    return this.tags.setOnConversation(actor, conversationId, tagIds);
  }
}
