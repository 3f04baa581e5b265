import type { Conversation } from '@parley/shared';
import { settingsOf } from '../routing/site-settings.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';
import { siteOf } from './site-of.js';

const minute = 60_000;

/**
 * Whether the visitor's latest conversation is one to pick up again: closed, not missed, not a
 * left message. One that closed in a bot's hands starts afresh, with whoever the site puts first now.
 */
export function isReopenable(latest: Conversation | null): latest is Conversation & { closedAt: number } {
  if (!latest || latest.status !== 'closed' || latest.missed || latest.offline || latest.closedAt === null) return false;
  return !latest.botId;
}

/** Whether a close at `closedAt` is recent enough to reopen; a window of 0 turns reopening off. */
export function withinReopenWindow(closedAt: number, reopenWindowMinutes: number, now: number): boolean {
  return reopenWindowMinutes > 0 && now - closedAt <= reopenWindowMinutes * minute;
}

/**
 * Step 1: writing again soon after a close reopens that conversation. The same agent takes it
 * back when they are online, whatever their load; else it joins the queue. `null`: nothing to reopen.
 */
export async function reopenRecent(deps: Pick<IntakeDeps, 'store' | 'events' | 'routing' | 'now'>, actor: VisitorActor): Promise<Conversation | null> {
  const { store, events, routing, now } = deps;
  const latest = await store.getLatestConversationForVisitor(actor.visitorId);
  if (!isReopenable(latest)) return null;
  const { reopenWindowMinutes } = settingsOf(await siteOf(store, actor.siteId));
  if (!withinReopenWindow(latest.closedAt, reopenWindowMinutes, now())) return null;
  const reopened = await store.routing.reopen(latest.id, now());
  if (!reopened) return null;
  events.emit('conversation:updated', { conversation: reopened, change: 'reopened' });
  const previous = latest.assigneeId ? await store.routing.getAgentState(latest.assigneeId) : null;
  if (previous && previous.status === 'online' && previous.connected) {
    const claimed = await store.routing.claim(reopened.id, previous.id, now(), { defaultCapacity: null });
    if (claimed) {
      events.emit('conversation:updated', { conversation: claimed, change: 'assigned', detail: { by: 'reopen' } });
      routing.agentChanged(previous.id);
      return claimed;
    }
  }
  return routing.enqueue(reopened);
}
