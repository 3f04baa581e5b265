import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Message } from '@parley/shared';
import type { OutboxItem } from '../chat/outbox.js';
import type { ProactiveMessage } from '../chat/proactive-message.js';
import { useT } from './i18n-context.js';

export interface TranscriptProps {
  messages: readonly Message[];
  outbox: readonly OutboxItem[];
  closed: boolean;
  /** A proactive message the visitor opened the panel from: shown first until the reply starts the conversation. */
  proactive?: ProactiveMessage | null;
}

/**
 * The conversation: stored messages by seq, then what is still in the outbox. Both are keyed
 * by clientId, so a message that gets acknowledged keeps its row and only loses "Sending…".
 */
export function Transcript({ messages, outbox, closed, proactive }: TranscriptProps) {
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
        {messages.map((m) => (
          <Bubble key={m.clientId} mine={m.author.type === 'visitor'} author={m.author.name} text={m.text} />
        ))}
        {closed && <li class="notice">{t('widget.conversation.closed')}</li>}
        {proactive && <Bubble mine={false} author={proactive.name} text={proactive.text} />}
        {outbox.map((item) => (
          <Bubble
            key={item.clientId}
            mine
            text={item.text}
            status={t(item.failed ? 'widget.message.failed' : 'widget.message.pending')}
            failed={item.failed}
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
  status?: string;
  failed?: boolean | undefined;
}

function Bubble({ mine, text, author, status, failed }: BubbleProps) {
  const t = useT();
  return (
    <li class={mine ? 'msg mine' : 'msg'}>
      {mine ? <span class="sr-only">{t('widget.message.you')}: </span> : author && <span class="author">{author}</span>}
      <p class="text">{text}</p>
      {status && <span class={failed ? 'state failed' : 'state'}>{status}</span>}
    </li>
  );
}
