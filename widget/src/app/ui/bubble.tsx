import type { ComponentChildren } from 'preact';
import { Avatar, type Face } from './header.js';
import { useT } from './i18n-context.js';

export interface BubbleProps {
  mine: boolean;
  /** The line; a bot's answer may come with its article titles as links (see transcript.tsx). */
  text: ComponentChildren;
  author?: string | null;
  bot?: boolean;
  face?: Face | undefined;
  /** Time and delivery, small under the text. */
  meta?: string;
  failed?: boolean | undefined;
  onRetry?: (() => void) | undefined;
  onRemove?: (() => void) | undefined;
}

export function Bubble({ mine, text, author, bot, face, meta, failed, onRetry, onRemove }: BubbleProps) {
  const t = useT();
  return (
    <li class={mine ? 'msg mine' : bot ? 'msg bot' : 'msg'}>
      {!mine && face && <Avatar {...face} />}
      <div>
        {mine ? (
          <span class="sr-only">{t('widget.message.you')}: </span>
        ) : (
          (author || bot) && (
            <span class="author">
              {author}
              {bot && <span class="tag">{t('widget.author.bot')}</span>}
            </span>
          )
        )}
        {/* dir=auto: a line in another script than the panel's (English in an Arabic panel) keeps its own direction. */}
        <div class="text" dir="auto">
          {text}
        </div>
        {meta && (
          <span class={failed ? 'meta failed' : 'meta'}>
            {meta}
            {onRetry && (
              <button type="button" onClick={onRetry}>
                {t('widget.message.retry')}
              </button>
            )}
            {onRemove && (
              <button type="button" onClick={onRemove}>
                {t('widget.message.remove')}
              </button>
            )}
          </span>
        )}
      </div>
    </li>
  );
}
