import { ConversationEventKind, type Conversation, type SiteSettings } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import { appendSystemLine } from '../conversations/append-message.js';
import type { DomainEvents } from '../events.js';
import { settingsOf } from './site-settings.js';

/** Breach bits kept on a conversation so that each breach is recorded once, by one process. */
export const BreachBit = { firstResponse: 1, resolution: 2 } as const;

const sweepLimit = 5000;

/** What a conversation is due for now: a breach to record, an idle close. Pure, for tests. */
export function dueActions(c: Conversation, s: SiteSettings, now: number): { breaches: ('first_response' | 'resolution')[]; idleClose: boolean } {
  const breaches: ('first_response' | 'resolution')[] = [];
  if (!c.offline && !c.firstResponseAt && s.firstResponseTargetSeconds > 0 && now - c.createdAt > s.firstResponseTargetSeconds * 1000) {
    breaches.push('first_response');
  }
  if (!c.offline && s.resolutionTargetSeconds > 0 && now - c.createdAt > s.resolutionTargetSeconds * 1000) breaches.push('resolution');
  const lastActivity = c.lastMessage?.createdAt ?? c.updatedAt;
  const idleClose = c.status === 'open' && s.idleCloseMinutes > 0 && now - lastActivity > s.idleCloseMinutes * 60_000;
  return { breaches, idleClose };
}

/**
 * Every `intervalMs`: records service-level breaches (once each, whichever process sees them
 * first: the store's breach bit decides) and closes idle conversations with a system line.
 * The console shows the countdown and the warning before a breach from the same targets.
 */
export class SlaSweeper {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running = false;
  private current: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops the timer and resolves once a sweep under way has finished (the store may close then). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current;
  }

  sweep(): Promise<void> {
    if (this.running) return Promise.resolve();
    this.running = true;
    this.current = this.sweepNow().finally(() => (this.current = null));
    return this.current;
  }

  private async sweepNow(): Promise<void> {
    try {
      const settings = new Map<string, SiteSettings>();
      for (const conversation of await this.store.routing.listActive(sweepLimit)) {
        let s = settings.get(conversation.siteId);
        if (!s) {
          s = settingsOf((await this.store.getSite(conversation.siteId)) ?? {});
          settings.set(conversation.siteId, s);
        }
        await this.apply(conversation, s);
      }
    } catch (err) {
      this.log.error({ err }, 'service-level sweep failed');
    } finally {
      this.running = false;
    }
  }

  private async apply(c: Conversation, s: SiteSettings): Promise<void> {
    const at = this.now();
    const due = dueActions(c, s, at);
    for (const target of due.breaches) {
      const bit = target === 'first_response' ? BreachBit.firstResponse : BreachBit.resolution;
      if (!(await this.store.routing.markBreach(c.id, bit))) continue;
      const targetSeconds = target === 'first_response' ? s.firstResponseTargetSeconds : s.resolutionTargetSeconds;
      await this.store.routing.appendEvent({
        conversationId: c.id,
        workspaceId: c.workspaceId,
        siteId: c.siteId,
        kind: ConversationEventKind.slaBreached,
        at,
        agentId: c.assigneeId,
        departmentId: c.departmentId ?? null,
        data: { target, targetSeconds },
      });
    }
    if (due.idleClose) {
      const current = await this.store.getConversation(c.id);
      if (!current || current.status !== 'open' || (current.lastMessage?.createdAt ?? current.updatedAt) !== (c.lastMessage?.createdAt ?? c.updatedAt)) return;
      await appendSystemLine(this.store, this.events, c, { key: 'system.idleClosed' }, at);
      const closed = await this.store.closeConversation(c.id, at);
      if (closed) this.events.emit('conversation:updated', { conversation: closed, change: 'closed', detail: { reason: 'idle' } });
    }
  }
}
