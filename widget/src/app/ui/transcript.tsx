import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { systemLineKey, type AnyLocale, type Message } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import type { OutboxItem } from '../chat/outbox.js';
import { MessageBody } from '../live/message-body.js';
import { prechatNeeded } from '../live/prechat-needed.js';
import { useLazyModule } from './use-lazy-module.js';

// The pre-chat form (`chunks/lazy-prechat-form-*`): fetched only for a site that has one, when it is due.
const loadPrechat = () => import('../live/prechat-form.js');
import { useLiveNotices } from '../live/use-live-notices.js';
import type { ProactiveMessage } from '../chat/proactive-message.js';
import { Bubble } from './bubble.js';
import type { Face } from './header.js';
import css from './conversation.css?inline';
import { useT } from './i18n-context.js';

export interface TranscriptProps {
  /** For the live parts: who is typing, what the team read ("Seen"), reporting what the visitor read. */
  client: ChatClient;
  messages: readonly Message[];
  outbox: readonly OutboxItem[];
  closed: boolean;
  /** The greeting the team opens with: the site's welcome in this language, or Parley's. */
  greeting: string;
  /** Who greets: the team's face. */
  team: Face;
  /** Whether the panel shows: a hidden transcript has no height to scroll. */
  open?: boolean;
  /** A proactive message the visitor opened the panel from: shown first until the reply starts the conversation. */
  proactive?: ProactiveMessage | null;
  /** For times. */
  locale?: AnyLocale;
  /** Where bot avatars come from (`/api/v1/bots/:id/avatar`); none: no avatars. */
  serverOrigin?: string;
  /** The server refused this page: what waits in the outbox is not being sent. */
  refused?: boolean;
  /** Drops a message the server will never take from the outbox. */
  onRemove?(clientId: string): void;
  /** Sends a message marked "Not sent" again. */
  onRetry?(clientId: string): void;
  /** Opens a help article the bot named (by its title) in the panel. */
  onArticle?(title: string): void;
}

/** Closer to the bottom than this (px) counts as reading the newest line. */
const NEAR_BOTTOM = 48;

/**
 * The conversation: the greeting, stored messages by seq, then what is still in the outbox.
 * Both are keyed by clientId, so a message that gets acknowledged keeps its row and only
 * changes "Sending…" to "Sent". It follows the newest line unless the visitor scrolled up to
 * read; then a "New messages" button takes them down.
 */
export function Transcript(props: TranscriptProps) {
  const { messages, outbox, closed, proactive, locale = 'en', serverOrigin, refused = false, onRemove, onRetry, open = true } = props;
  const t = useT();
  const { typing, readSeq } = useLiveNotices(props.client, messages, open);
  const sneakPeek = !!props.client.state.live?.sneakPeek && !closed;
  const origin = serverOrigin ?? '';
  const askFirst = prechatNeeded(props.client.state);
  const prechat = useLazyModule(loadPrechat, askFirst);
  const list = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const [behind, setBehind] = useState(false);
  const count = messages.length + outbox.length;
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    // The visitor's own line always brings them down: they just wrote it.
    if (following.current || outbox.length > 0 || messages[messages.length - 1]?.author.type === 'visitor') {
      el.scrollTop = el.scrollHeight;
      following.current = true;
      setBehind(false);
    } else setBehind(true);
  }, [count, closed, open, !!typing]);

  const time = clock(locale);
  const lastMine = [...messages].reverse().find((m) => m.author.type === 'visitor');
  // "Seen" goes under the visitor's last line the team has read (the other lines keep their time).
  const seenMine = [...messages].reverse().find((m) => m.author.type === 'visitor' && m.seq <= readSeq);
  // "Mei joined the chat" is the server's system line (issue 13, on unless the site turns it off), never drawn here too.
  return (
    <div class="transcript-wrap">
      {/* The conversation parts' styles travel with their chunk. */}
      <style>{css}</style>
      <div
        class="transcript"
        ref={list}
        role="log"
        aria-label={t('widget.transcript.label')}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          following.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM;
          if (following.current) setBehind(false);
        }}
      >
        <ol>
          <Bubble mine={false} author={props.team.name} face={props.team} text={props.greeting} />
          {proactive && <Bubble mine={false} author={proactive.name} text={proactive.text} />}
          {messages.map((m) => {
            const type = m.author.type;
            if (type === 'system') {
              const key = systemLineKey(m.text);
              return (
                <li key={m.clientId} class="notice" dir="auto">
                  {key ? t(key, { name: m.author.name ?? '' }) : m.text}
                </li>
              );
            }
            return (
              <Bubble
                key={m.clientId}
                mine={type === 'visitor'}
                author={m.author.name}
                text={type === 'bot' && props.onArticle && /^\d+\. /m.test(m.text) ? articleLinks(m.text, props.onArticle) : <MessageBody message={m} origin={origin} locale={locale} />}
                bot={type === 'bot'}
                face={type === 'visitor' ? undefined : { name: m.author.name ?? '', src: type === 'bot' && serverOrigin && m.author.id ? `${serverOrigin}/api/v1/bots/${encodeURIComponent(m.author.id)}/avatar` : null }}
                meta={time(m.createdAt) + (m === seenMine ? ` · ${t('widget.seen')}` : m === lastMine ? ` · ${t('widget.message.sent')}` : '')}
              />
            );
          })}
          {closed && <li class="notice">{t('widget.conversation.closed')}</li>}
          {outbox.map((item) => {
            const failed = item.failed || refused;
            return (
              <Bubble
                key={item.clientId}
                mine
                text={item.text}
                meta={t(failed ? 'widget.message.failed' : 'widget.message.pending')}
                failed={failed}
                {...(item.failed ? { onRetry: onRetry && (() => onRetry(item.clientId)), onRemove: onRemove && (() => onRemove(item.clientId)) } : {})}
              />
            );
          })}
        </ol>
        {/* A polite live region: screen readers hear "Mei is typing…" once, not every keystroke. */}
        <p class="typing" aria-live="polite">
          {typing && (
            <>
              {t('widget.typing', { name: typing.who.name ?? props.team.name })}
              <span class="dots" aria-hidden="true">
                <i />
                <i />
                <i />
              </span>
            </>
          )}
        </p>
        {sneakPeek && <p class="sneak">{t('widget.sneakPeek')}</p>}
        {askFirst && prechat && <prechat.PrechatForm client={props.client} locale={locale} />}
      </div>
      {behind && (
        <button
          type="button"
          class="pill"
          onClick={() => {
            const el = list.current!;
            el.scrollTop = el.scrollHeight;
          }}
        >
          {t('widget.newMessages')} ↓
        </button>
      )}
    </div>
  );
}

/** "14:05" today, "3 Dec, 14:05" before, in the panel's language. */
function clock(locale: AnyLocale): (at: number) => string {
  const today = new Date().toDateString();
  const short = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const long = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return (at) => (new Date(at).toDateString() === today ? short : long).format(at);
}

/**
 * The knowledge-base bot lists what it found as "1. Title" lines, each followed by a passage:
 * those titles become links that open the article in the panel.
 */
function articleLinks(text: string, onArticle: (title: string) => void) {
  return text.split('\n').map((line, i) => {
    const title = /^\d+\. (.+)$/.exec(line)?.[1];
    return (
      <>
        {i > 0 && '\n'}
        {title ? (
          <button type="button" class="article-link" onClick={() => onArticle(title)}>
            {line}
          </button>
        ) : (
          line
        )}
      </>
    );
  });
}
