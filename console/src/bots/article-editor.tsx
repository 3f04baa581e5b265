import { useId, useState } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { issueText } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { MarkdownView } from './markdown-view.js';
import { useBotT } from './use-bot-t.js';

/** An article as the editor holds it: keywords as the one line the admin types. */
export interface ArticleDraft {
  title: string;
  body: string;
  keywords: string;
  locale: 'en' | 'zh-CN' | 'zh-TW';
}

export const blankArticle: ArticleDraft = { title: '', body: '', keywords: '', locale: 'en' };

export interface ArticleEditorProps {
  /** The article's title when editing one; null for a new article. */
  editing: string | null;
  initial: ArticleDraft;
  refusal: ErrorBody | null;
  saving: boolean;
  onSave(draft: ArticleDraft): void;
  onCancel(): void;
}

/** Writes one article in a drawer: title, language, keywords, the Markdown body, and how readers will see it. */
export function ArticleEditor({ editing, initial, refusal, saving, onSave, onCancel }: ArticleEditorProps) {
  const tb = useBotT();
  const at = useAdminT();
  const formId = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<ArticleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const ta = useAccountsT();
  const issue = (path: string) => issueText(refusal?.issues ?? [], path, ta);
  const required = (value: string, path: string) => (tried && !value.trim() ? at('admin.required') : issue(path));
  const submit = () => {
    setTried(true);
    if (draft.title.trim() && draft.body.trim()) onSave(draft);
  };
  return (
    <Drawer
      open
      wide
      title={editing ? at('admin.articles.editTitle', { title: editing }) : tb('console.articles.new')}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{at('admin.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={saving}>
            {tb('console.articles.save')}
          </Button>
        </>
      }
    >
      <div class="article-editor">
        <Form id={formId} onSubmit={submit}>
          {refusal && !refusal.issues?.length && (
            <Notice tone="danger" role="alert">
              <p>{refusal.message}</p>
            </Notice>
          )}
          <Field label={tb('console.articles.title')} error={required(draft.title, 'title')}>
            {(c) => <TextInput {...c} value={draft.title} onValue={(title) => set({ title })} />}
          </Field>
          <div class="ui-row">
            <Field label={tb('console.articles.locale')} class="ui-grow">
              {(c) => (
                <Select
                  {...c}
                  value={draft.locale}
                  options={[
                    { value: 'en', label: 'English' },
                    { value: 'zh-CN', label: '简体中文' },
                    { value: 'zh-TW', label: '繁體中文' },
                  ]}
                  onValue={(locale) => set({ locale })}
                />
              )}
            </Field>
            <Field label={tb('console.articles.keywords')} class="ui-grow" help={at('admin.articles.keywordsHelp')} error={issue('keywords')}>
              {(c) => <TextInput {...c} value={draft.keywords} onValue={(keywords) => set({ keywords })} />}
            </Field>
          </div>
          <Field label={tb('console.articles.body')} help={at('admin.articles.bodyHelp')} error={required(draft.body, 'body')}>
            {(c) => <TextArea {...c} rows={14} class="article-body-input" value={draft.body} onValue={(body) => set({ body })} />}
          </Field>
        </Form>
        <section class="article-preview" aria-label={tb('console.articles.preview')}>
          <h3 class="article-preview-title">{tb('console.articles.preview')}</h3>
          <div class="article-preview-body" lang={draft.locale}>
            {draft.body.trim() ? <MarkdownView source={draft.body} /> : <p class="article-preview-empty">{at('admin.articles.previewEmpty')}</p>}
          </div>
        </section>
      </div>
    </Drawer>
  );
}
