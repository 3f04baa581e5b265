import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseMarkdown, type Article, type Inline } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { SynonymsPanel } from './synonyms-panel.js';
import { useBotT } from './use-bot-t.js';

const blank = { title: '', body: '', keywords: '', locale: 'en' };

/** Knowledge-base articles: list, write, edit with a preview, delete; and how many chats self-service resolved. */
export function ArticlesPage({ admin }: { admin: boolean }) {
  const rest = useRestClient();
  const tb = useBotT();
  const [articles, setArticles] = useState<Article[]>([]);
  const [resolved, setResolved] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ id: string | null } & typeof blank>({ id: null, ...blank });
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    void rest<{ articles: Article[] }>('GET', '/articles').then((r) => (r.ok ? setArticles(r.data.articles) : setError(r.error.message)));
    void rest<{ resolvedBySelfService: number }>('GET', '/knowledge/stats').then((r) => r.ok && setResolved(r.data.resolvedBySelfService));
  }, [rest]);
  useEffect(reload, [reload]);

  const save = async () => {
    setError('');
    const body = {
      title: editing.title,
      body: editing.body,
      locale: editing.locale,
      keywords: editing.keywords.split(/[,，、]/).map((k) => k.trim()).filter(Boolean),
    };
    const result = await (editing.id ? rest('PUT', `/articles/${editing.id}`, body) : rest('POST', '/articles', body));
    if (!result.ok) return setError(result.error.message);
    setEditing({ id: null, ...blank });
    reload();
  };
  const field = (key: keyof typeof blank) => (e: Event) => setEditing({ ...editing, [key]: (e.target as HTMLInputElement).value });

  return (
    <section class="admin-page" aria-label={tb('console.nav.articles')}>
      <h1>{tb('console.nav.articles')}</h1>
      {resolved !== null && <p>{tb('console.articles.resolved', { count: resolved })}</p>}
      {error && <p role="alert" class="admin-error">{error}</p>}
      {articles.length === 0 ? (
        <p>{tb('console.articles.empty')}</p>
      ) : (
        <table class="admin-table">
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td lang={a.locale}>{a.title}</td>
                <td>{a.locale}</td>
                <td>
                  {admin && (
                    <>
                      <button type="button" class="button subtle" onClick={() => setEditing({ id: a.id, title: a.title, body: a.body, keywords: a.keywords.join(', '), locale: a.locale })}>
                        {tb('console.articles.edit')}
                      </button>
                      <button type="button" class="button subtle" onClick={() => void rest('DELETE', `/articles/${a.id}`).then((r) => r.ok && reload())}>
                        {tb('console.articles.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && (
        <form class="admin-form" onSubmit={(e) => (e.preventDefault(), void save())}>
          <h2>{editing.id ? editing.title : tb('console.articles.new')}</h2>
          <label class="admin-field">
            {tb('console.articles.title')}
            <input required value={editing.title} onInput={field('title')} />
          </label>
          <label class="admin-field">
            {tb('console.articles.locale')}
            <select value={editing.locale} onChange={field('locale')}>
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
              <option value="zh-TW">繁體中文</option>
            </select>
          </label>
          <label class="admin-field">
            {tb('console.articles.keywords')}
            <input value={editing.keywords} onInput={field('keywords')} />
          </label>
          <label class="admin-field">
            {tb('console.articles.body')}
            <textarea rows={8} value={editing.body} onInput={field('body')} />
          </label>
          <div class="article-preview" role="region" aria-label={tb('console.articles.preview')}>
            <MarkdownView source={editing.body} />
          </div>
          <button type="submit" class="button primary">
            {tb('console.articles.save')}
          </button>
        </form>
      )}
      {admin && <SynonymsPanel />}
    </section>
  );
}

/** The article as readers will see it: elements from the parsed tree, never raw HTML. */
function MarkdownView({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i}>{inline(b.children)}</p>
        ) : b.type === 'heading' ? (
          <h4 key={i}>{inline(b.children)}</h4>
        ) : b.type === 'code' ? (
          <pre key={i}>{b.text}</pre>
        ) : b.ordered ? (
          <ol key={i}>{b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}</ol>
        ) : (
          <ul key={i}>{b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}</ul>
        ),
      )}
    </>
  );
}

function inline(nodes: Inline[]): preact.ComponentChildren {
  return nodes.map((n, i) => {
    if (n.type === 'text') return n.text;
    if (n.type === 'code') return <code key={i}>{n.text}</code>;
    if (n.type === 'link') return <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">{inline(n.children)}</a>;
    const Mark = n.type;
    return <Mark key={i}>{inline(n.children)}</Mark>;
  });
}
