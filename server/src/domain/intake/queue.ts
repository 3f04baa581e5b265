import { translateRouting, type Conversation, type Locale, type SiteSettings } from '@parley/shared';
import { appendSystemLine } from '../conversations/append-message.js';
import { settingsOf } from '../routing/site-settings.js';
import { roundMinutes, typicalMs } from '../routing/wait-estimate.js';
import type { IntakeDeps } from './intake-deps.js';
import { siteOf } from './site-of.js';

const minute = 60_000;

/** The acknowledgement's text: the site's own wording for the language when it has one, else Parley's. */
export function autoAckText(settings: SiteSettings, locale: Locale, time: string): string {
  const custom = settings.autoAck.text[locale];
  return custom ? custom.replaceAll('{time}', time) : translateRouting(locale, 'system.autoAck', { time });
}

/**
 * Step 8: the transition to "waiting, no assignee": routing takes it from here, and the visitor
 * hears when someone typically answers (when the site acknowledges). One wait-time source: while
 * the chat waits in the queue the acknowledgement states the queue's own estimate, the figure
 * the widget's queue line shows; taken at once, the site's typical first response. A conversation
 * a bot holds is not waiting: it reaches routing only when the bot hands it over, so it never gets here.
 */
export async function queue(deps: Pick<IntakeDeps, 'store' | 'events' | 'routing' | 'now'>, conversation: Conversation): Promise<void> {
  // Queued first, so that the acknowledgement can state the queue's own estimate (the widget's
  // queue line shows the same figure). An agent free at once has joined by then.
  await deps.routing.enqueue(conversation);
  await acknowledge(deps, conversation);
}

async function acknowledge(deps: Pick<IntakeDeps, 'store' | 'events' | 'routing' | 'now'>, conversation: Conversation): Promise<void> {
  const settings = settingsOf(await siteOf(deps.store, conversation.siteId));
  if (!settings.autoAck.enabled) return;
  const locale = (conversation.locale ?? 'en') as Locale;
  const queued = await deps.routing.estimatedWaitMs(conversation);
  const ms = queued ?? typicalMs((await deps.store.routing.recentTimings(conversation.siteId, 50)).firstResponseMs, settings.typicalReplyMinutes * minute);
  // The queue line never says less than a minute; neither does the acknowledgement of a waiting chat.
  const time = ms < minute && queued === null ? translateRouting(locale, 'system.time.underMinute') : translateRouting(locale, 'system.time.minutes', { n: roundMinutes(ms) });
  await appendSystemLine(deps.store, deps.events, conversation, { text: autoAckText(settings, locale, time) }, deps.now());
}
