import { nanoid } from 'nanoid';
import {
  pickLocale,
  translateRouting,
  type Availability,
  type Conversation,
  type Locale,
  type OfflineMessageInput,
  type Site,
  type SiteSettings,
} from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { appendAndAnnounce, appendSystemLine } from '../conversations/append-message.js';
import { conversationDraft } from '../conversations/conversation-draft.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { ConversationHooks, RouteHints } from '../conversations/conversation-hooks.js';
import type { DomainEvents } from '../events.js';
import type { OfflineMail } from '../mail/offline-mail.js';
import { isWithinHours } from './business-hours.js';
import type { RoutingService } from './routing-service.js';
import { settingsOf } from './site-settings.js';
import { roundMinutes, typicalMs } from './wait-estimate.js';

type VisitorActor = Actor & { kind: 'visitor' };
const minute = 60_000;

/**
 * Routing as the visitor meets it: which queue a first message joins, the acknowledgement,
 * reopening a conversation closed a moment ago, whether anyone is there (business hours and
 * online agents), and the leave-a-message form. It is the conversation service's hooks.
 */
export class VisitorRouting implements ConversationHooks {
  private botAnswers: (siteId: string) => Promise<boolean> = async () => false;

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly routing: RoutingService,
    private readonly now: () => number = Date.now,
    /** Mails the department's agents (else the admins) about a left message; `null`: no mail. */
    private readonly offlineMail: OfflineMail | null = null,
  ) {}

  /** Lets the bots feature say a site's first bot answers new conversations: the site is open then, whatever the hours. */
  useBotFirst(botAnswers: (siteId: string) => Promise<boolean>): void {
    this.botAnswers = botAnswers;
  }

  async draftFields(actor: VisitorActor, hints: RouteHints): Promise<Pick<Conversation, 'departmentId' | 'locale'>> {
    const site = await this.site(actor.siteId);
    const settings = settingsOf(site);
    const departments = await this.store.routing.listDepartments(actor.workspaceId);
    const known = (id: string | undefined) => (id && departments.some((d) => d.id === id) ? id : null);
    const byRule = hints.pageUrl ? settings.departmentRules.find((r) => hints.pageUrl!.includes(r.urlContains)) : undefined;
    return {
      departmentId: known(hints.presetDepartmentId) ?? known(hints.departmentId) ?? known(byRule?.departmentId) ?? null,
      locale: pickLocale(site.locale, hints.locale ? [hints.locale] : []),
    };
  }

  async reopenRecent(actor: VisitorActor): Promise<Conversation | null> {
    const latest = await this.store.getLatestConversationForVisitor(actor.visitorId);
    if (!latest || latest.status !== 'closed' || latest.missed || latest.offline || latest.closedAt === null) return null;
    // One that closed in a bot's hands starts afresh, with whoever the site puts first now.
    if (latest.botId) return null;
    const { reopenWindowMinutes } = settingsOf(await this.site(actor.siteId));
    if (reopenWindowMinutes === 0 || this.now() - latest.closedAt > reopenWindowMinutes * minute) return null;
    const reopened = await this.store.routing.reopen(latest.id, this.now());
    if (!reopened) return null;
    this.events.emit('conversation:updated', { conversation: reopened, change: 'reopened' });
    // The same agent takes it back when they are online, whatever their load; else the queue.
    const previous = latest.assigneeId ? await this.store.routing.getAgentState(latest.assigneeId) : null;
    if (previous && previous.status === 'online' && previous.connected) {
      const claimed = await this.store.routing.claim(reopened.id, previous.id, this.now(), { defaultCapacity: null });
      if (claimed) {
        this.events.emit('conversation:updated', { conversation: claimed, change: 'assigned', detail: { by: 'reopen' } });
        this.routing.agentChanged(previous.id);
        return claimed;
      }
    }
    return this.routing.enqueue(reopened);
  }

  async started(conversation: Conversation): Promise<void> {
    await this.routing.enqueue(conversation);
    const settings = settingsOf(await this.site(conversation.siteId));
    if (!settings.autoAck.enabled) return;
    const locale = (conversation.locale ?? 'en') as Locale;
    const time = await this.typicalReply(conversation.siteId, settings, locale);
    const custom = settings.autoAck.text[locale];
    const text = custom ? custom.replaceAll('{time}', time) : translateRouting(locale, 'system.autoAck', { time });
    await appendSystemLine(this.store, this.events, conversation, { text }, this.now());
  }

  /** Open or not, for the site and each department: within hours and someone online to answer. */
  async availability(actor: VisitorActor, departmentId?: string): Promise<Availability> {
    const site = await this.site(actor.siteId);
    const settings = settingsOf(site);
    const at = this.now();
    const [departments, agents, botAnswers] = await Promise.all([
      this.store.routing.listDepartments(actor.workspaceId),
      this.store.routing.listAgentStates(actor.workspaceId),
      this.botAnswers(actor.siteId),
    ]);
    const online = agents.filter((a) => a.status === 'online' && a.connected);
    const siteOpen = isWithinHours(settings.hours, at);
    const listed = departments.map((d) => ({
      id: d.id,
      name: d.name,
      available: isWithinHours(d.hours ?? settings.hours, at) && online.some((a) => d.memberIds.includes(a.id)),
    }));
    const chosen = departmentId ? listed.find((d) => d.id === departmentId) : undefined;
    return {
      // A bot put first answers at any hour; it hands over to people when they are needed.
      available: botAnswers || (chosen ? chosen.available : siteOpen && online.length > 0),
      withinHours: chosen ? isWithinHours(departments.find((d) => d.id === chosen.id)?.hours ?? settings.hours, at) : siteOpen,
      departments: listed,
    };
  }

  /** The leave-a-message form: a conversation marked offline, outside the queue, in the console's inbox. */
  async leaveMessage(actor: VisitorActor, input: OfflineMessageInput): Promise<Conversation> {
    await this.store.routing.setVisitorContact(actor.visitorId, input.name, input.email);
    const at = this.now();
    const fields = await this.draftFields(actor, { departmentId: input.departmentId });
    const { conversation, created } = await this.store.openConversationForVisitor(
      conversationDraft(actor, at, { status: 'waiting', departmentId: fields.departmentId, offline: true, locale: fields.locale }),
    );
    if (created) this.events.emit('conversation:updated', { conversation, change: 'created' });
    const author = { type: 'visitor' as const, id: actor.visitorId, name: input.name };
    const { message } = await appendAndAnnounce(this.store, this.events, conversation.id, author, { clientId: nanoid(), text: `${input.text}\n\n— ${input.name} <${input.email}>`, internal: false }, at);
    // Queued before the answer (the outbox sends later), so an acknowledged message is never left unannounced.
    await this.offlineMail?.messageLeft(conversation, message, input);
    return (await this.store.getConversation(conversation.id)) ?? conversation;
  }

  private async typicalReply(siteId: string, settings: SiteSettings, locale: Locale): Promise<string> {
    const timings = await this.store.routing.recentTimings(siteId, 50);
    const ms = typicalMs(timings.firstResponseMs, settings.typicalReplyMinutes * minute);
    return ms < minute ? translateRouting(locale, 'system.time.underMinute') : translateRouting(locale, 'system.time.minutes', { n: roundMinutes(ms) });
  }

  private async site(siteId: string): Promise<Site> {
    const site = await this.store.getSite(siteId);
    if (!site) throw notFound('site');
    return site;
  }
}
