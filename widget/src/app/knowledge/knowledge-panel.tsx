import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleHit, ArticleView, AnyLocale, TextPart } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { useT } from '../ui/i18n-context.js';
import { ArticleBody } from './article-body.js';
import css from './knowledge.css?inline';
import { wholeWords } from './whole-words.js';

export interface KnowledgePanelProps {
  client: ChatClient;
  locale: AnyLocale;
  /** An article's title to open at once (one the bot named), found by searching for it. */
  title?: string | null;
  onClose(): void;
}

/** Waits this long after the last keystroke (or the end of an IME composition) before searching. */
const DEBOUNCE_MS = 250;

/** Self-service inside the panel: search the help articles, read one, go back to the chat. */
export function KnowledgePanel({ client, locale, title, onClose }: KnowledgePanelProps) {
  const t = useT();
  const [query, setQuery] = useState(title ?? '');
  const [hits, setHits] = useState<ArticleHit[] | null>(null);
  const [article, setArticle] = useState<ArticleView | null>(null);
  const composing = useRef(false);
  // Bumped when an IME composition ends, so the search runs on the committed text.
  const [settled, setSettled] = useState(0);
  const field = useRef<HTMLInputElement | null>(null);
  // DOM listeners, not onComposition… props: Preact would listen for "CompositionEnd", which no
  // input method fires. The field mounts again after an article is closed, hence a callback ref.
  const searchField = useCallback((input: HTMLInputElement | null) => {
    field.current = input;
    if (!input) return;
    input.addEventListener('compositionstart', () => (composing.current = true));
    input.addEventListener('compositionend', () => {
      composing.current = false;
      setQuery(input.value);
      setSettled((n) => n + 1);
    });
  }, []);
  useEffect(() => field.current?.focus(), []);

  useEffect(() => {
    const q = query.trim();
    if (!q || composing.current) return;
    let current = true;
    const timer = setTimeout(async () => {
      const ack = await client.command('kb:search', { query: q, locale, limit: 8 });
      if (!current) return;
      setHits(ack.ok ? ack.data : []);
      // Opened on a title the bot named: that article, when the search finds it by that title.
      const named = title && ack.ok ? ack.data.find((hit) => hit.title.map((p) => p.text).join('') === title) : undefined;
      if (named && q === title) void open(named.id);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, settled, locale, client]);

  const open = async (id: string) => {
    const ack = await client.command('kb:article', { articleId: id });
    if (ack.ok) setArticle(ack.data);
  };

  if (article) {
    return (
      <div class="kb">
        <style>{css}</style>
        <button type="button" class="help-link" onClick={() => setArticle(null)}>
          <span class="arrow" aria-hidden="true">←</span> {t('widget.kb.back')}
        </button>
        <article lang={article.article.locale}>
          <h3>{article.article.title}</h3>
          <ArticleBody blocks={article.blocks} />
        </article>
      </div>
    );
  }
  return (
    <div class="kb">
      <style>{css}</style>
      <button type="button" class="help-link" onClick={onClose}>
        <span class="arrow" aria-hidden="true">←</span> {t('widget.kb.back')}
      </button>
      <input
        ref={searchField}
        type="search"
        aria-label={t('widget.kb.open')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {hits && hits.length === 0 && <p class="empty">{t('widget.kb.empty')}</p>}
      {hits && hits.length > 0 && (
        <ul>
          {hits.map((hit) => (
            <li key={hit.id} lang={hit.locale}>
              <button type="button" onClick={() => void open(hit.id)}>
                <strong>
                  <Marked parts={hit.title} />
                </strong>
                <span>
                  <Marked parts={wholeWords(hit.snippet)} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
