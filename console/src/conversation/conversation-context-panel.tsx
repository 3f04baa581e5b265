import { useEffect, useState } from 'preact/hooks';
import { agentCommand, type ConversationContext } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import { formatClockTime } from '../time/relative-time.js';

/** While the visitor is browsing, their journey grows: read it again this often. */
const refreshMs = 15_000;

/** Beside the transcript: the trigger the conversation started from, and the pages the visitor went through. */
export function ConversationContextPanel({ socket, conversationId }: { socket: ConsoleSocket; conversationId: string }) {
  const { t, locale } = useI18n();
  const [context, setContext] = useState<ConversationContext | null>(null);
  const [tick, setTick] = useState(0);
  useSocketEvent(socket, 'connect', () => setTick((n) => n + 1));
  useEffect(() => {
    let live = true;
    void agentCommand(socket, 'conversation:context', { conversationId }, COMMAND_TIMEOUT_MS).then((ack) => {
      if (live && ack.ok) setContext(ack.data);
    });
    const timer = setTimeout(() => setTick((n) => n + 1), refreshMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [socket, conversationId, tick]);
  if (!context) return null;
  return (
    <aside class="conversation-context" aria-label={t('console.context.journey')}>
      {context.trigger && (
        <p class="context-trigger">
          {t('console.context.trigger')}: <strong>{context.trigger.name}</strong>
        </p>
      )}
      <h3>{t('console.context.journey')}</h3>
      {context.journey.length === 0 ? (
        <p class="muted">{t('console.context.noJourney')}</p>
      ) : (
        <ol class="journey">
          {context.journey.map((page, i) => (
            <li key={`${page.at}-${i}`} title={page.url}>
              <time>{formatClockTime(page.at, locale)}</time> {page.title || page.url}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
