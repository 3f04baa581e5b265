import { RATING_WINDOW_MS, systemLineKey, type AnyLocale } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { useT, type Translate } from '../ui/i18n-context.js';
import { TranscriptByEmail } from '../ui/transcript-by-email.js';
import { useLazyModule } from '../ui/use-lazy-module.js';

// The rating form is its own on-demand chunk (`chunks/lazy-rating-form-*`): only a closed chat asks.
const loadRating = () => import('./rating-form.js');

/** Under a closed chat: the rating (when the site asks, within 24 h), the transcript by email and as a download. */
export function ClosedParts({ client, locale }: { client: ChatClient; locale: AnyLocale }) {
  const t = useT();
  const { conversation, live } = client.state;
  const rate = !!live?.rating.enabled && !!conversation?.closedAt && Date.now() - conversation.closedAt < RATING_WINDOW_MS;
  const rating = useLazyModule(loadRating, rate);
  if (!conversation) return null;
  return (
    <>
      {rate && rating && <rating.RatingForm client={client} />}
      <TranscriptByEmail client={client} conversationId={conversation.id} />
      <button type="button" class="help-link" onClick={() => download(client, t, locale)}>
        {t('widget.transcript.download')}
      </button>
    </>
  );
}

/** The transcript as a text file, made here from what the panel holds (no second request). */
function download(client: ChatClient, t: Translate, locale: AnyLocale): void {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const lines = client.state.messages.map((m) => {
    const key = m.author.type === 'system' ? systemLineKey(m.text) : null;
    const text = key ? t(key, { name: m.author.name ?? '' }) : m.text;
    const who = m.author.type === 'visitor' ? t('widget.message.you') : (m.author.name ?? '');
    const files = (m.attachments ?? []).map((f) => ` [${f.name}]`).join('');
    return `[${time.format(m.createdAt)}] ${who ? `${who}: ` : ''}${text}${files}`;
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' }));
  a.download = `chat-${client.state.conversation?.id ?? 'transcript'}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
