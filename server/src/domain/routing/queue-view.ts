import type { Conversation, QueueStatus } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import { queueKey } from './queue-order.js';
import { settingsOf } from './site-settings.js';
import { estimateWaitMs, typicalMs } from './wait-estimate.js';

const minute = 60_000;
/** How long a site's typical chat length is reused before it is measured again. */
const timingTtlMs = 30_000;

export interface QueueEntry {
  conversation: Conversation;
  status: QueueStatus;
}

/**
 * The queue as visitors see it: each waiting conversation's place in its department's queue
 * and an estimated wait. Positions are read from the store, which every process shares, so
 * whichever process answers, a visitor hears the same number. Changes are published at most
 * once per `delayMs` per workspace: a burst of assignments sends each visitor one update.
 */
export class QueueView {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly publishing = new Set<Promise<void>>();
  private readonly typical = new Map<string, { at: number; ms: number }>();

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly log: Logger,
    private readonly delayMs = 100,
    private readonly now: () => number = Date.now,
  ) {}

  /** Something moved in a workspace's queue: publish the new places soon. */
  changed(workspaceId: string): void {
    if (this.timers.has(workspaceId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(workspaceId);
      const publishing = this.publish(workspaceId)
        .catch((err: unknown) => this.log.warn({ err, workspaceId }, 'could not publish queue places'))
        .finally(() => this.publishing.delete(publishing));
      this.publishing.add(publishing);
    }, this.delayMs);
    timer.unref?.();
    this.timers.set(workspaceId, timer);
  }

  /** Every waiting conversation of the workspace with its place (1 is next) and estimated wait. */
  async entries(workspaceId: string): Promise<QueueEntry[]> {
    const [queue, agents] = await Promise.all([
      this.store.routing.listQueue(workspaceId, 5000),
      this.store.routing.listAgentStates(workspaceId),
    ]);
    const serving = agents.filter((a) => a.status === 'online' && a.connected);
    const seen = new Map<string, number>();
    const entries: QueueEntry[] = [];
    for (const conversation of queue) {
      const key = queueKey(conversation);
      const position = (seen.get(key) ?? 0) + 1;
      seen.set(key, position);
      const department = conversation.departmentId;
      const servingHere = serving.filter((a) => !department || a.departmentIds.includes(department)).length;
      const chatMs = await this.typicalChatMs(conversation.siteId);
      entries.push({
        conversation,
        status: { conversationId: conversation.id, position, estimatedWaitMs: estimateWaitMs(position, servingHere, chatMs) },
      });
    }
    return entries;
  }

  /** The visitor's place, when their latest conversation is waiting in the queue. */
  async statusFor(visitorId: string): Promise<QueueStatus | null> {
    const conversation = await this.store.getLatestConversationForVisitor(visitorId);
    if (!conversation || conversation.status !== 'waiting' || conversation.assigneeId || conversation.queuedAt == null) return null;
    const entry = (await this.entries(conversation.workspaceId)).find((e) => e.conversation.id === conversation.id);
    return entry?.status ?? null;
  }

  /** Cancels pending publishes and resolves once those under way have finished. */
  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.publishing);
  }

  private async publish(workspaceId: string): Promise<void> {
    for (const { conversation, status } of await this.entries(workspaceId)) {
      this.events.emit('queue:updated', { visitorId: conversation.visitorId, status });
    }
  }

  /** How long a chat on this site lasts, measured from recent ones, else the site's setting. */
  private async typicalChatMs(siteId: string): Promise<number> {
    const cached = this.typical.get(siteId);
    if (cached && this.now() - cached.at < timingTtlMs) return cached.ms;
    const site = await this.store.getSite(siteId);
    const settings = settingsOf(site ?? {});
    const timings = await this.store.routing.recentTimings(siteId, 50);
    const ms = typicalMs(timings.handleMs, settings.averageChatMinutes * minute);
    this.typical.set(siteId, { at: this.now(), ms });
    return ms;
  }
}
