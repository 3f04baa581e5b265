import { useState } from 'preact/hooks';
import type { Article, ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useLoad } from '../accounts/use-load.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { ArticleEditor, blankArticle, type ArticleDraft } from './article-editor.js';
import { SynonymsPanel } from './synonyms-panel.js';
import { useBotT } from './use-bot-t.js';

const localeNames: Record<string, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };

/** Knowledge-base articles: a table, each written in a drawer with a preview, deleted after a confirmation; how many chats self-service resolved; the synonyms. */
export function ArticlesPage({ admin }: { admin: boolean }) {
  const rest = useRestClient();
  const tb = useBotT();
  const at = useAdminT();
  const toast = useToast();
  const [loaded, reload] = useLoad(() => rest<{ articles: Article[] }>('GET', '/articles'), [rest]);
  const [stats] = useLoad(() => rest<{ resolvedBySelfService: number }>('GET', '/knowledge/stats'), [rest, loaded]);
  const [editing, setEditing] = useState<{ article: Article | null; draft: ArticleDraft } | null>(null);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<Article | null>(null);

  const open = (a: Article | null) => {
    setRefusal(null);
    setEditing({ article: a, draft: a ? { title: a.title, body: a.body, keywords: a.keywords.join(', '), locale: a.locale as ArticleDraft['locale'] } : blankArticle });
  };
  const save = async (draft: ArticleDraft) => {
    if (!editing) return;
    setSaving(true);
    setRefusal(null);
    const body = { title: draft.title, body: draft.body, locale: draft.locale, keywords: draft.keywords.split(/[,，、]/).map((k) => k.trim()).filter(Boolean) };
    const result = await (editing.article ? rest('PUT', `/articles/${editing.article.id}`, body) : rest('POST', '/articles', body));
    setSaving(false);
    if (!result.ok) return setRefusal(result.error);
    toast(at('admin.articles.saved', { title: draft.title }));
    setEditing(null);
    reload();
  };
  const remove = async () => {
    if (!deleting) return;
    const result = await rest('DELETE', `/articles/${deleting.id}`);
    if (!result.ok) return toast(result.error.message, 'danger');
    toast(at('admin.articles.deleted', { title: deleting.title }));
    setDeleting(null);
    reload();
  };

  const newButton = admin ? (
    <Button variant="primary" onClick={() => open(null)}>
      {tb('console.articles.new')}
    </Button>
  ) : undefined;
  const intro = stats.state === 'ready' ? `${at('admin.articles.intro')} ${tb('console.articles.resolved', { count: stats.data.resolvedBySelfService })}` : at('admin.articles.intro');
  return (
    <Page title={tb('console.nav.articles')} intro={intro} action={newButton}>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table
          caption={at('admin.articles.caption')}
          columns={[{ label: tb('console.articles.title') }, { label: tb('console.articles.locale') }, { label: at('admin.articles.keywords') }, { label: at('admin.actions'), actions: true }]}
          empty={
            <EmptyState title={tb('console.articles.empty')} action={newButton}>
              {at('admin.articles.emptyText')}
            </EmptyState>
          }
        >
          {loaded.data.articles.map((a) => (
            <tr key={a.id}>
              <Cell label={tb('console.articles.title')}>
                <strong lang={a.locale}>{a.title}</strong>
              </Cell>
              <Cell label={tb('console.articles.locale')}>{localeNames[a.locale] ?? a.locale}</Cell>
              <Cell label={at('admin.articles.keywords')}>
                <span class="article-keywords" lang={a.locale}>
                  {a.keywords.join(', ') || '—'}
                </span>
              </Cell>
              <Cell label={at('admin.actions')} actions>
                {admin && (
                  <>
                    <Button size="small" onClick={() => open(a)} aria-label={at('admin.editNamed', { name: a.title })}>
                      {tb('console.articles.edit')}
                    </Button>
                    <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setDeleting(a)} aria-label={at('admin.deleteNamed', { name: a.title })}>
                      {tb('console.articles.delete')}
                    </Button>
                  </>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {admin && <SynonymsPanel />}
      {editing && (
        <ArticleEditor
          editing={editing.article?.title ?? null}
          initial={editing.draft}
          refusal={refusal}
          saving={saving}
          onSave={(d) => void save(d)}
          onCancel={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        open={deleting !== null}
        title={at('admin.articles.deleteTitle', { title: deleting?.title ?? '' })}
        confirmLabel={at('admin.articles.deleteConfirm')}
        cancelLabel={at('admin.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{at('admin.articles.deleteBody')}</p>
      </ConfirmModal>
    </Page>
  );
}
