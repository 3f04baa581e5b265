import { pickLocale, type Conversation, type Message, type Site } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { Mailer } from './mailer.js';

/** What the leave-a-message form gave. */
export interface LeftMessage {
  name: string;
  email: string;
  text: string;
}

/**
 * Mail around left messages: the agents of the message's department (else the workspace's
 * admins) hear of it, and an agent's reply in the console goes to the visitor. Each call only
 * queues (the outbox sends), with an idempotency key per message, so a retried request never
 * mails twice.
 */
export class OfflineMail {
  constructor(
    private readonly store: Store,
    private readonly mailer: Mailer,
    /** PUBLIC_URL: the console link in the notice. */
    private readonly publicUrl: string | null,
  ) {}

  /** Tells the agents of the left message's department about it, or the admins when it has none (or nobody in it). */
  async messageLeft(conversation: Conversation, message: Message, left: LeftMessage): Promise<void> {
    if (!this.mailer.configured) return;
    const site = await this.site(conversation);
    // Only people who still have access: a deactivated agent hears of nothing.
    const [states, accounts] = await Promise.all([
      this.store.routing.listAgentStates(conversation.workspaceId),
      this.store.accounts.listAgents(conversation.workspaceId),
    ]);
    const active = new Set(accounts.filter((a) => a.active !== false).map((a) => a.id));
    const agents = states.filter((a) => active.has(a.id));
    const department = conversation.departmentId;
    const members = department ? agents.filter((a) => a.departmentIds.includes(department)) : [];
    const recipients = members.length > 0 ? members : agents.filter((a) => a.role === 'admin');
    // Agents have no language of their own yet: the site's is the best guess for its team.
    const locale = pickLocale(site.locale);
    const url = `${this.publicUrl ?? ''}/console/conversations/${conversation.id}`;
    for (const agent of recipients) {
      await this.mailer.enqueue({
        kind: 'offline-message',
        to: agent.email,
        locale,
        workspaceId: conversation.workspaceId,
        data: { visitorName: left.name, visitorEmail: left.email, siteName: site.name, text: left.text, url },
        idempotencyKey: `offline-message:${message.id}:${agent.id}`,
      });
    }
  }

  /**
   * An agent's reply (not a note) in a left-message conversation: mailed to the visitor's
   * address from the form. The reply itself is already stored in the conversation.
   */
  async agentReplied(conversation: Conversation, reply: Message): Promise<void> {
    if (!this.mailer.configured || !conversation.offline || reply.internal) return;
    const visitor = await this.store.getVisitor(conversation.visitorId);
    if (!visitor?.email) return;
    const site = await this.site(conversation);
    const [first] = await this.store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 1, includeInternal: false });
    const original: Record<string, string> = first?.author.type === 'visitor' ? { originalText: first.text } : {};
    await this.mailer.enqueue({
      kind: 'offline-reply',
      to: visitor.email,
      locale: pickLocale(conversation.locale ?? site.locale),
      workspaceId: conversation.workspaceId,
      data: { visitorName: visitor.name ?? '', agentName: reply.author.name ?? site.name, siteName: site.name, text: reply.text, ...original },
      idempotencyKey: `offline-reply:${reply.id}`,
    });
  }

  private async site(conversation: Conversation): Promise<Site> {
    const site = await this.store.getSite(conversation.siteId);
    if (!site) throw new Error(`conversation ${conversation.id} has no site`);
    return site;
  }
}
