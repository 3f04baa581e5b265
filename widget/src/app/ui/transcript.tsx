import { useLayoutEffect, useRef } from 'preact/hooks';
import { systemLineText, type Locale, type Message } from '@parley/shared';
import type { OutboxItem } from '../chat/outbox.js';
import type { ProactiveMessage } from '../chat/proactive-message.js';
import { useT } from './i18n-context.js';

export interface TranscriptProps {
  messages: readonly Message[];
  outbox: readonly OutboxItem[];
  closed: boolean;
  /** A proactive message the visitor opened the panel from: shown first until the reply starts the conversation. */
  proactive?: ProactiveMessage | null;
  /** For system lines, which are stored as catalog keys. */
  locale?: Locale;
  /** Where bot avatars come from (`/api/v1/bots/:id/avatar`); none: no avatars. */
  serverOrigin?: string;
  /** The server refused this page: what waits in the outbox is not being sent. */
  refused?: boolean;
  /** Drops a message the server will never take from the outbox. */
  onRemove?(clientId: string): void;
}

/**
 * The conversation: stored messages by seq, then what is still in the outbox. Both are keyed
 * by clientId, so a message that gets acknowledged keeps its row and only loses "Sending…".
 */
export function Transcript({ messages, outbox, closed, proactive, locale = 'en', serverOrigin, refused = false, onRemove }: TranscriptProps) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, outbox.length, closed]);

  return (
    <div class="transcript" ref={list}>
      {messages.length + outbox.length === 0 && !proactive && <p class="empty">{t('widget.empty')}</p>}
      <ol role="log" aria-live="polite">
        {messages.map((m) =>
          m.author.type === 'system' ? (
            <li key={m.clientId} class="notice">
              {systemLineText(locale, m)}
            </li>
          ) : (
            <Bubble
              key={m.clientId}
              mine={m.author.type === 'visitor'}
              author={m.author.name}
              text={m.text}
              bot={m.author.type === 'bot'}
              avatar={m.author.type === 'bot' && serverOrigin && m.author.id ? `${serverOrigin}/api/v1/bots/${encodeURIComponent(m.author.id)}/avatar` : undefined}
            />
          ),
        )}
        {closed && <li class="notice">{t('widget.conversation.closed')}</li>}
        {proactive && <Bubble mine={false} author={proactive.name} text={proactive.text} />}
        {outbox.map((item) => (
          <Bubble
            key={item.clientId}
            mine
            text={item.text}
            status={t(item.failed || refused ? 'widget.message.failed' : 'widget.message.pending')}
            failed={item.failed || refused}
            {...(item.failed && onRemove ? { onRemove: () => onRemove(item.clientId) } : {})}
          />
        ))}
      </ol>
    </div>
  );
}

interface BubbleProps {
  mine: boolean;
  text: string;
  author?: string | null;
  bot?: boolean;
  avatar?: string | undefined;
  status?: string;
  failed?: boolean | undefined;
  onRemove?(): void;
}

function Bubble({ mine, text, author, bot, avatar, status, failed, onRemove }: BubbleProps) {
  const t = useT();
  return (
    <li class={mine ? 'msg mine' : bot ? 'msg bot' : 'msg'}>
      {mine ? (
        <span class="sr-only">{t('widget.message.you')}: </span>
      ) : (
        (author || bot) && (
          <span class="author">
            {avatar && <img class="avatar" src={avatar} alt="" width={18} height={18} />}
            {author}
            {bot && <span class="tag">{t('widget.author.bot')}</span>}
          </span>
        )
      )}
      <p class="text">{text}</p>
      {status && (
        <span class={failed ? 'state failed' : 'state'}>
          {status}
          {onRemove && (
            <button type="button" class="remove" onClick={onRemove}>
              {t('widget.message.remove')}
            </button>
          )}
        </span>
      )}
    </li>
  );
}
