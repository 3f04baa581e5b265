import type { Conversation, RoutingKey } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import { appendSystemLine } from './append-message.js';

/**
 * "Mei joined the chat" / "Mei left the chat" in the conversation's language, unless the site
 * turned these lines off (`joinLeaveLines`; on when never set).
 */
export async function appendPresenceLine(
  store: Store,
  events: DomainEvents,
  conversation: Pick<Conversation, 'id' | 'locale' | 'siteId'>,
  key: Extract<RoutingKey, 'system.joined' | 'system.left'>,
  name: string,
  at: number,
): Promise<void> {
  const site = await store.getSite(conversation.siteId);
  if (site?.settings && site.settings.joinLeaveLines === false) return;
  await appendSystemLine(store, events, conversation, { key, params: { name } }, at);
}
