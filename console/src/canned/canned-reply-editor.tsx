import { useEffect, useState } from 'preact/hooks';
import { cannedVariables, type CannedKey, type CannedReply, type ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { issueText } from '../accounts/issue-text.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { FieldGroup } from '../ui/field-group.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { SegmentedControl } from '../ui/segmented-control.js';
import { Select } from '../ui/select.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import { checkDraft, draftOf, inputOf, languageName, newDraft, offeredLanguages, type CannedDraft, type DraftIssues } from './canned-draft.js';
import { useCannedT } from './use-canned-t.js';

const variableLabels: Record<(typeof cannedVariables)[number], CannedKey> = {
  'visitor.name': 'canned.var.visitorName',
  'visitor.email': 'canned.var.visitorEmail',
  'agent.name': 'canned.var.agentName',
  'site.name': 'canned.var.siteName',
};

export interface CannedReplyEditorProps {
  /** `null`: closed; `'new'`: a new reply; else the reply being edited. */
  editing: CannedReply | 'new' | null;
  /** Admins write shared replies too; everyone else writes their own. */
  admin: boolean;
  /** Every reply the agent sees: a shortcut another one of the same scope has is refused here first. */
  replies: readonly CannedReply[];
  onClose(): void;
  onSaved(reply: CannedReply): void;
}

/**
 * The drawer that writes a canned reply: its shortcut, who sees it (admins choose), a text per
 * language (rows added and removed), and the variables it may hold. Checked here before sending
 * (shortcut, a text); the server's refusals show under their field, or at the top.
 */
export function CannedReplyEditor({ editing, admin, replies, onClose, onSaved }: CannedReplyEditorProps) {
  const t = useCannedT();
  const ta = useAccountsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const [draft, setDraft] = useState<CannedDraft>(() => newDraft(admin ? 'workspace' : 'personal'));
  const [issues, setIssues] = useState<DraftIssues>({});
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (!editing) return;
    setDraft(editing === 'new' ? newDraft(admin ? 'workspace' : 'personal') : draftOf(editing));
    setIssues({});
    setRefusal(null);
  }, [editing, admin]);

  const others = replies.filter((r) => editing === 'new' || r.id !== editing?.id);
  const save = async () => {
    if (busy || !editing) return;
    const found = checkDraft(draft, others);
    setIssues(found);
    setRefusal(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    const result =
      editing === 'new'
        ? await rest<{ cannedReply: CannedReply }>('POST', '/canned-replies', inputOf(draft))
        : await rest<{ cannedReply: CannedReply }>('PUT', `/canned-replies/${editing.id}`, inputOf(draft));
    setBusy(false);
    if (result.ok) return onSaved(result.data.cannedReply);
    // Taken by a reply this agent cannot see in the list (a race, or another tab): the shortcut's fault.
    if (result.error.code === 'conflict') return setIssues({ shortcut: 'canned.shortcutTaken' });
    setRefusal(result.error);
  };

  const serverIssue = (path: string) => issueText(refusal?.issues ?? [], path, ta);
  const missing = offeredLanguages.filter((l) => !draft.texts.some((row) => row.language === l));
  const setRow = (language: string, text: string) => setDraft({ ...draft, texts: draft.texts.map((row) => (row.language === language ? { ...row, text } : row)) });
  const formId = 'canned-reply-form';
  return (
    <Drawer
      open={editing !== null}
      title={editing === 'new' || !editing ? t('canned.newTitle') : t('canned.editTitle', { shortcut: editing.shortcut })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('canned.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={busy}>
            {t('canned.save')}
          </Button>
        </>
      }
    >
      <Form id={formId} class="canned-form" onSubmit={() => void save()}>
        {refusal && !refusal.issues?.length && (
          <Notice tone="danger" role="alert">
            <p>{refusalText(refusal, ta)}</p>
          </Notice>
        )}
        <Field label={t('canned.shortcut')} help={t('canned.shortcutHelp')} error={issues.shortcut ? t(issues.shortcut) : serverIssue('shortcut')}>
          {(c) => (
            <span class="canned-shortcut-input">
              <span aria-hidden="true">/</span>
              <TextInput {...c} data-autofocus value={draft.shortcut} onValue={(shortcut) => setDraft({ ...draft, shortcut })} autoComplete="off" spellcheck={false} />
            </span>
          )}
        </Field>
        {admin && (
          <SegmentedControl
            label={t('canned.col.scope')}
            value={draft.scope}
            options={[
              { value: 'workspace', label: t('canned.scope.workspace') },
              { value: 'personal', label: t('canned.scope.personal') },
            ]}
            onValue={(scope) => setDraft({ ...draft, scope })}
          />
        )}
        <FieldGroup legend={t('canned.texts')} help={t('canned.textsHelp')}>
          {draft.texts.map((row, i) => {
            const name = languageName(row.language, locale);
            return (
              <div class="canned-text-row" key={row.language}>
                <Field label={t('canned.textFor', { language: name })} error={i === 0 && issues.texts ? t(issues.texts) : serverIssue(`texts.${row.language}`)}>
                  {(c) => <TextArea {...c} rows={3} lang={row.language} dir="auto" value={row.text} onValue={(text) => setRow(row.language, text)} />}
                </Field>
                {draft.texts.length > 1 && (
                  <Button size="small" variant="quiet" onClick={() => setDraft({ ...draft, texts: draft.texts.filter((r) => r.language !== row.language) })}>
                    {t('canned.removeLanguage', { language: name })}
                  </Button>
                )}
              </div>
            );
          })}
          {missing.length > 0 && (
            <div class="canned-add-language">
              <Field label={t('canned.addLanguage')}>
                {(c) => (
                  <Select
                    {...c}
                    value={adding || missing[0]!}
                    options={missing.map((l) => ({ value: l, label: languageName(l, locale) }))}
                    onValue={setAdding}
                  />
                )}
              </Field>
              <Button
                onClick={() => {
                  const language = missing.includes(adding as never) ? adding : missing[0]!;
                  setDraft({ ...draft, texts: [...draft.texts, { language, text: '' }] });
                  setAdding('');
                }}
              >
                {t('canned.add')}
              </Button>
            </div>
          )}
        </FieldGroup>
        <FieldGroup legend={t('canned.variables')} help={t('canned.variablesHelp', { example: '{{visitor.name | there}}' })}>
          <dl class="canned-variables">
            {cannedVariables.map((v) => (
              <div key={v}>
                <dt>
                  <code>{`{{${v}}}`}</code>
                </dt>
                <dd>{t(variableLabels[v])}</dd>
              </div>
            ))}
          </dl>
        </FieldGroup>
      </Form>
    </Drawer>
  );
}
