/**
 * "How did we do?" when a chat closes, an on-demand chunk (`chunks/lazy-rating-form-*`): five
 * stars or thumbs (scores 1 and 5) by the site's setting, an optional comment, and one change
 * afterwards (the server allows a rating and one change, within 24 h of the close).
 */
import { useState } from 'preact/hooks';
import type { ChatClient } from '../chat/chat-client.js';
import { useT } from '../ui/i18n-context.js';

const css =
  '.rating{display:grid;gap:8px;margin:0;padding:12px 16px;border:0;border-block-start:1px solid var(--line);font-size:13px}' +
  '.rating legend{float:left;padding:0;font-weight:600}.rating .scores{display:flex;gap:4px}' +
  '.rating .scores label{font-size:24px;line-height:1;cursor:pointer;color:var(--muted)}.rating .scores label.on{color:#b45309}' +
  '.rating .scores input{position:absolute;opacity:0;width:1px;height:1px}.rating .scores input:focus-visible+span{outline:2px solid var(--ink);outline-offset:2px}' +
  '.rating textarea{padding:8px 10px;border:1px solid var(--edge);border-radius:6px;font:inherit;font-size:16px;color:inherit;background:var(--bg);resize:vertical}' +
  '.rating .error{color:var(--danger)}';

export function RatingForm({ client }: { client: ChatClient }) {
  const t = useT();
  const conversation = client.state.conversation!;
  const thumbs = client.state.live?.rating.style === 'thumbs';
  const given = conversation.rating ?? null;
  const [score, setScore] = useState(given?.score ?? 0);
  const [comment, setComment] = useState(given?.comment ?? '');
  // A rating given before this panel showed was its one write or both: the server says which.
  const [phase, setPhase] = useState<'ask' | 'sending' | 'done' | 'failed'>(given ? 'done' : 'ask');
  const [changed, setChanged] = useState(false);

  if (phase === 'done') {
    return (
      <p class="by-email" role="status">
        {t('widget.rating.thanks')}{' '}
        {!changed && (
          <button type="button" class="help-link" onClick={() => (setChanged(true), setPhase('ask'))}>
            {t('widget.rating.change')}
          </button>
        )}
      </p>
    );
  }
  const choices = thumbs ? [5, 1] : [1, 2, 3, 4, 5];
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (!score) return;
        setPhase('sending');
        const text = comment.trim();
        const ack = await client.command('conversation:rate', { conversationId: conversation.id, score, ...(text ? { comment: text } : {}) });
        if (ack.ok) client.commit({ conversation: ack.data });
        setPhase(ack.ok ? 'done' : 'failed');
      }}
    >
      <style>{css}</style>
      <fieldset class="rating">
        <legend>{t('widget.rating.ask')}</legend>
        <div class="scores">
          {choices.map((value) => (
            <label key={value} class={thumbs ? (score === value ? 'on' : undefined) : score >= value ? 'on' : undefined}>
              <input type="radio" name="parley-score" value={value} checked={score === value} onChange={() => setScore(value)} />
              <span aria-hidden="true">{thumbs ? (value === 5 ? '👍' : '👎') : '★'}</span>
              <span class="sr-only">{thumbs ? t(value === 5 ? 'widget.rating.up' : 'widget.rating.down') : t('widget.rating.stars', { score: value })}</span>
            </label>
          ))}
        </div>
        {score > 0 && (
          <>
            <label class="sr-only" for="parley-rating-comment">
              {t('widget.rating.comment')}
            </label>
            <textarea id="parley-rating-comment" rows={2} maxLength={2000} placeholder={t('widget.rating.comment')} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
            <button type="submit" class="send" disabled={phase === 'sending'}>
              {t('widget.rating.send')}
            </button>
          </>
        )}
        {phase === 'failed' && (
          <span class="error" role="alert">
            {t('widget.rating.failed')}
          </span>
        )}
      </fieldset>
    </form>
  );
}
