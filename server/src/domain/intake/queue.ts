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
 * hears when someone typically answers (when the site acknowledges). A conversation a bot holds
 * is not waiting: it reaches routing only when the bot hands it over, so it never gets here.
 */
export async function queue(deps: Pick<IntakeDeps, 'store' | 'events' | 'routing' | 'now'>, conversation: Conversation): Promise<void> {
  // The acknowledgement first: an agent free at once then joins after it ("Mei joined the chat").
  await acknowledge(deps, conversation);
  await deps.routing.enqueue(conversation);
}

async function acknowledge(deps: Pick<IntakeDeps, 'store' | 'events' | 'now'>, conversation: Conversation): Promise<void> {
  const settings = settingsOf(await siteOf(deps.store, conversation.siteId));
  if (!settings.autoAck.enabled) return;
  const locale = (conversation.locale ?? 'en') as Locale;
  const timings = await deps.store.routing.recentTimings(conversation.siteId, 50);
  const ms = typicalMs(timings.firstResponseMs, settings.typicalReplyMinutes * minute);
  const time = ms < minute ? translateRouting(locale, 'system.time.underMinute') : translateRouting(locale, 'system.time.minutes', { n: roundMinutes(ms) });
  await appendSystemLine(deps.store, deps.events, conversation, { text: autoAckText(settings, locale, time) }, deps.now());
}
