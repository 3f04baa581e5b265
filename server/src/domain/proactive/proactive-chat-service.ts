import { nanoid } from 'nanoid';
import {
  ErrorCode,
  matchesText,
  type Announcement,
  type announcementInputSchema,
  type Conversation,
  type ConversationContext,
  type StartChat,
  type TriggerRule,
} from '@parley/shared';
import type { z } from 'zod';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { conversationDraft } from '../conversations/conversation-draft.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { OpeningPlan } from './opening-plan.js';
import type { DomainEventMap, DomainEvents } from '../events.js';
import { withRow } from './live-entry.js';
import type { LiveList } from './live-list.js';
import { assertCanManage, siteOfActor, type ProactiveActor } from './site-access.js';
import type { VisitorTrackingService } from './visitor-tracking-service.js';

export interface ProactiveChatDeps {
  store: Store;
  events: DomainEvents;
  conversations: ConversationService;
  live: LiveList;
  tracking: VisitorTrackingService;
  now?: () => number;
}

/**
 * Proactive chat around conversations: a reply to a proactive message opens the conversation
 * with that message and the trigger on it; an agent starts a chat with a live visitor; an
 * admin announces something to the visitors on a site now; the console reads a conversation's
 * trigger and journey. Keeps the live list's "chatting" column and the journey of chatting
 * visitors in step with conversation events.
 */
export class ProactiveChatService {
  private readonly now: () => number;

  constructor(private readonly deps: ProactiveChatDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Follows conversation events; returns the unsubscribe. */
  subscribe(): () => void {
    const onUpdated = ({ conversation, change }: DomainEventMap['conversation:updated'][0]) =>
      void this.onConversation(conversation, change).catch(() => undefined);
    this.deps.events.on('conversation:updated', onUpdated);
    return () => void this.deps.events.off('conversation:updated', onUpdated);
  }

  /**
   * How a new conversation opens when the visitor's first message answers the proactive message
   * of `triggerId`: with that message, in the rule's department, held by the rule's bot; once
   * opened, the trigger is recorded on it. `null` when the rule is gone or belongs to another
   * site (the conversation then starts as usual).
   */
  async openingPlan(visitor: { siteId: string }, triggerId: string): Promise<OpeningPlan | null> {
    const rule = await this.deps.store.proactive.getRule(triggerId);
    if (!rule || rule.siteId !== visitor.siteId) return null;
    const { text, senderName, senderType } = rule.action.message;
    return {
      message: { author: { type: senderType, id: null, name: senderName }, text },
      departmentId: rule.action.departmentId,
      botId: rule.action.botId,
      opened: (conversation) => this.recordReply(conversation, rule),
    };
  }

  private async recordReply(conversation: Conversation, rule: TriggerRule): Promise<void> {
    await this.deps.store.proactive.saveConversationContext(conversation.id, { trigger: { ruleId: rule.id, name: rule.name } });
    const entry = await this.deps.live.get(conversation.siteId, conversation.visitorId);
    if (entry) await this.deps.tracking.record(entry, rule.id, 'replied');
  }

  /** An agent writes first to a visitor on the site now; the conversation is theirs from the start. */
  async startChat(actor: ProactiveActor, input: StartChat): Promise<Conversation> {
    const site = await siteOfActor(this.deps.store, actor, input.siteId);
    const entry = await this.deps.live.get(site.id, input.visitorId);
    if (!entry) throw notFound('visitor on the site now');
    const at = this.now();
    const { conversation, created } = await this.deps.store.openConversationForVisitor(
      conversationDraft({ workspaceId: site.workspaceId, siteId: site.id, visitorId: input.visitorId }, at, { status: 'open', assigneeId: actor.agentId }),
    );
    if (!created) throw new AppError(ErrorCode.conflict, 'the visitor is already in a conversation');
    this.deps.events.emit('conversation:updated', { conversation, change: 'created' });
    const agent: Actor & { kind: 'agent' } = { kind: 'agent', agentId: actor.agentId, workspaceId: actor.workspaceId, name: actor.name };
    const message = await this.deps.conversations.sendFromAgent(agent, conversation.id, { clientId: input.clientId, text: input.text });
    // The widget's app may not be loaded: the tracker shows it as a bubble at its next heartbeat.
    await this.deps.live.pushInbox(site.id, input.visitorId, { type: 'chat', conversationId: conversation.id, text: message.text, name: actor.name });
    return (await this.deps.store.getConversation(conversation.id)) ?? conversation;
  }

  /** Hands a notice to every visitor on the site now (or on matching pages), once each. */
  async announce(actor: ProactiveActor, siteId: string, input: z.output<typeof announcementInputSchema>): Promise<Announcement> {
    assertCanManage(actor);
    const site = await siteOfActor(this.deps.store, actor, siteId);
    const id = nanoid();
    const rows = (await this.deps.live.rows(site.id)).filter((row) => !input.urlMatch || matchesText(input.urlMatch, row.url));
    await Promise.all(rows.map((row) => this.deps.live.pushInbox(site.id, row.visitorId, { type: 'announcement', id, text: input.text })));
    const recipients = rows.length;
    return this.deps.store.proactive.saveAnnouncement({ id, siteId: site.id, text: input.text, urlMatch: input.urlMatch, createdAt: this.now(), recipients });
  }

  async announcements(actor: ProactiveActor, siteId: string): Promise<Announcement[]> {
    await siteOfActor(this.deps.store, actor, siteId);
    return this.deps.store.proactive.listAnnouncements(siteId, 50);
  }

  async context(actor: { workspaceId: string }, conversationId: string): Promise<ConversationContext> {
    const conversation = await this.deps.store.getConversation(conversationId);
    if (!conversation || conversation.workspaceId !== actor.workspaceId) throw notFound('conversation');
    const stored = await this.deps.store.proactive.getConversationContext(conversationId);
    const entry = await this.deps.live.get(conversation.siteId, conversation.visitorId);
    const chattingNow = entry?.row.conversationId === conversationId;
    return {
      conversationId,
      trigger: stored?.trigger ?? null,
      journey: chattingNow ? [...entry.journey] : (stored?.journey ?? []),
      live: entry ? entry.row : null,
    };
  }

  private async onConversation(conversation: Conversation, change: string): Promise<void> {
    const { live } = this.deps;
    const { siteId, visitorId } = conversation;
    if (change === 'created') {
      // The rules shown in this visit count the conversation once: take them with the write.
      let shown: string[] = [];
      const entry = await live.modify(siteId, visitorId, (e) => {
        shown = e.shownThisVisit;
        return { ...withRow(e, { conversationId: conversation.id }, this.now()), shownThisVisit: [] };
      });
      if (!entry) return;
      await this.deps.store.proactive.saveConversationContext(conversation.id, { journey: [...entry.journey] });
      for (const ruleId of shown) await this.deps.tracking.record(entry, ruleId, 'conversation');
    } else if (change === 'closed') {
      await live.modify(siteId, visitorId, (e) => (e.row.conversationId === conversation.id ? withRow(e, { conversationId: null }, this.now()) : e));
    }
  }
}
