import { h } from 'preact';
import { botCatalogs, richText, systemLineText, toElements, translateIn, type Message } from '@parley/shared';
import { AttachmentList } from './attachment-list.js';
import { visitorLabel } from './visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatClockTime, formatFullTime } from '../time/relative-time.js';
import type { OutgoingMessage } from './outbox.js';
import { WhisperTag } from '../supervision/whisper-tag.js';

/** A stored message, or one of ours still on its way. */
export type TranscriptEntry = { kind: 'stored'; message: Message } | { kind: 'outgoing'; item: OutgoingMessage };

/** One line of the transcript: the visitor's on the left, the team's on the right, notes marked. */
export function MessageItem({ entry, agentName, seen }: { entry: TranscriptEntry; agentName: string; seen?: string | undefined }) {
  const { t, locale } = useI18n();
  const fromVisitor = entry.kind === 'stored' && entry.message.author.type === 'visitor';
  const system = entry.kind === 'stored' && entry.message.author.type === 'system';
  const internal = entry.kind === 'stored' ? entry.message.internal : entry.item.internal;
  const bot = entry.kind === 'stored' && entry.message.author.type === 'bot';
  // System lines are stored as catalog keys; each agent reads them in the console's language.
  const text = entry.kind === 'stored' ? (system ? systemLineText(locale, entry.message) : entry.message.text) : entry.item.text;
  const files = entry.kind === 'stored' ? (entry.message.attachments ?? []) : [];
  const at = entry.kind === 'stored' ? entry.message.createdAt : entry.item.createdAt;
  const author =
    entry.kind === 'outgoing'
      ? agentName
      : entry.message.author.type === 'visitor'
        ? visitorLabel(locale, entry.message.author.id ?? '', entry.message.author.name)
        : system
          ? ''
          : (entry.message.author.name ?? '');
  const classes = ['message', fromVisitor ? 'from-visitor' : system ? 'from-system' : 'from-team'];
  if (bot) classes.push('from-bot');
  const whisper = entry.kind === 'stored' && !!entry.message.whisperTo;
  if (internal) classes.push(whisper ? 'internal whisper' : 'internal');
  if (entry.kind === 'outgoing') classes.push(entry.item.state);

  return (
    <li class={classes.join(' ')} data-seq={entry.kind === 'stored' ? entry.message.seq : undefined} data-message-id={entry.kind === 'stored' ? entry.message.id : undefined}>
      <div class="message-meta">
        <span class="message-author">{author}</span>
        {bot && <span class="bot-tag">{translateIn(botCatalogs, locale, 'console.bot.tag')}</span>}
        {internal && (whisper ? <WhisperTag /> : <span class="note-tag">{t('console.conversation.note')}</span>)}
        <time dateTime={new Date(at).toISOString()} title={formatFullTime(at, locale)}>
          {formatClockTime(at, locale)}
        </time>
      </div>
      {/* The shared sanitising renderer: agents' and bots' light Markdown, a visitor's text never interpreted. */}
      {!(files.length && text === files.map((f) => f.name).join(', ')) && (
        <div class="message-text">{system ? text : toElements(richText(text, { markdown: !fromVisitor }), h)}</div>
      )}
      {files.length > 0 && <AttachmentList files={files} />}
      {seen && <div class="message-seen">{seen}</div>}
      {entry.kind === 'outgoing' && (
        <div class="message-state" title={entry.item.error}>
          {t(entry.item.state === 'pending' ? 'console.message.pending' : 'console.message.failed')}
        </div>
      )}
    </li>
  );
}
