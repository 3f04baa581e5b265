import { nanoid } from 'nanoid';
import { findMentions, type Mention } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEventMap, DomainEvents } from '../events.js';

/**
 * `@name` in an internal note: stores a mention for each active colleague named (never the
 * writer) and tells them (`mention:new`, which realtime sends to that agent's sockets only).
 * Runs after the note is stored and delivered; a failure is logged, the note stands.
 */
export class MentionNotes {
  constructor(private readonly deps: { store: Store; events: DomainEvents; log: Logger; now: () => number }) {
    deps.events.on('message:new', (payload) => {
      this.noted(payload).catch((err: unknown) => deps.log.error({ err, messageId: payload.message.id }, 'could not record mentions'));
    });
  }

  /** The agent's mentions, newest first. */
  list(agentId: string, options: { unreadOnly: boolean; limit: number }): Promise<Mention[]> {
    return this.deps.store.mentions.listMentions(agentId, options);
  }

  /** Marks one of the agent's own mentions read; `null` for anyone else's. */
  markRead(agentId: string, id: string): Promise<Mention | null> {
    return this.deps.store.mentions.markMentionRead(id, agentId, this.deps.now());
  }

  private async noted({ message, conversation }: DomainEventMap['message:new'][0]): Promise<void> {
    // A whisper is for one agent: naming a colleague in it tells them nothing they may read.
    if (!message.internal || message.whisperTo || message.author.type !== 'agent' || !message.text.includes('@')) return;
    const colleagues = (await this.deps.store.accounts.listAgents(conversation.workspaceId)).filter((a) => a.active !== false && a.id !== message.author.id);
    const named = findMentions(message.text, colleagues);
    if (!named.length) return;
    const stored = await this.deps.store.mentions.createMentions(
      named.map((agentId) => ({
        id: `mn_${nanoid(12)}`,
        workspaceId: conversation.workspaceId,
        conversationId: conversation.id,
        messageId: message.id,
        agentId,
        byId: message.author.id ?? '',
        byName: message.author.name ?? '',
        text: Array.from(message.text).slice(0, 300).join(''),
        createdAt: message.createdAt,
        readAt: null,
      })),
    );
    for (const mention of stored) this.deps.events.emit('mention:new', { mention });
  }
}
