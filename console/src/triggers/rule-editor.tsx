import { useId, useState } from 'preact/hooks';
import type { ErrorBody, TriggerCapping, TriggerGoal } from '@parley/shared';
import { issueText } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { FieldGroup } from '../ui/field-group.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { Switch } from '../ui/switch.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { ActionTargets } from './action-targets.js';
import { ConditionEditor, MatchEditor } from './condition-editor.js';
import { defaultCondition, type RuleDraft } from './rule-draft.js';
import { RulePreview } from './rule-preview.js';

export interface RuleEditorProps {
  /** The rule's name when editing one; null for a new rule. */
  editingName: string | null;
  initial: RuleDraft;
  /** The server's refusal of the last save: its issues show beside their fields. */
  refusal: ErrorBody | null;
  saving?: boolean;
  onSave(draft: RuleDraft): void;
  onCancel(): void;
}

/**
 * Builds one rule in a drawer: name, conditions, message and sender, where a reply goes,
 * capping, goal, with a live preview beside it (below it on narrow screens).
 */
export function RuleEditor({ editingName, initial, refusal, saving, onSave, onCancel }: RuleEditorProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const formId = useId();
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const message = draft.action.message;
  const setMessage = (patch: Partial<typeof message>) => set({ action: { ...draft.action, message: { ...message, ...patch } } });
  const capping = draft.capping;
  const goal = draft.goal;
  const ta = useAccountsT();
  const [tried, setTried] = useState(false);
  /** Left empty after a try, or refused by the server at `path`. */
  const missing = (value: string, path: string) => (tried && !value.trim() ? at('admin.required') : issueText(refusal?.issues ?? [], path, ta));
  const submit = () => {
    setTried(true);
    if (draft.name.trim() && message.text.trim() && message.senderName.trim()) onSave(draft);
  };

  return (
    <Drawer
      open
      wide
      title={editingName ? at('admin.triggers.editTitle', { name: editingName }) : t('console.triggers.new')}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('console.triggers.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={saving}>
            {t('console.triggers.save')}
          </Button>
        </>
      }
    >
      <div class="rule-editor">
        <Form id={formId} class="rule-fields" onSubmit={submit}>
          {refusal && !refusal.issues?.length && (
            <Notice tone="danger" role="alert">
              <p>{t('console.error.generic', { reason: refusal.message })}</p>
            </Notice>
          )}
          <FieldGroup legend={at('admin.triggers.group.rule')}>
            <Field label={t('console.triggers.name')} error={missing(draft.name, 'name')}>
              {(c) => <TextInput {...c} value={draft.name} onValue={(name) => set({ name })} />}
            </Field>
            <Field label={t('console.triggers.priority')} help={at('admin.triggers.priorityHelp')}>
              {(c) => <TextInput {...c} type="number" class="ui-input-narrow" value={String(draft.priority)} onValue={(v) => set({ priority: Number(v) || 0 })} />}
            </Field>
            <Switch checked={draft.enabled} onChange={(enabled) => set({ enabled })} label={t('console.triggers.enabled')} />
          </FieldGroup>

          <FieldGroup legend={t('console.triggers.conditions')}>
            <ul class="conditions">
              {draft.conditions.map((c, i) => (
                <ConditionEditor
                  key={i}
                  condition={c}
                  onChange={(next) => set({ conditions: draft.conditions.map((x, j) => (j === i ? next : x)) })}
                  onRemove={() => set({ conditions: draft.conditions.filter((_, j) => j !== i) })}
                />
              ))}
              <li class="condition fixed">{t('console.triggers.notChattingAlways')}</li>
            </ul>
            <div>
              <Button size="small" onClick={() => set({ conditions: [...draft.conditions, defaultCondition('timeOnPage')] })}>
                {t('console.triggers.addCondition')}
              </Button>
            </div>
          </FieldGroup>

          <FieldGroup legend={t('console.triggers.message')}>
            <Field label={t('console.triggers.message')} error={missing(message.text, 'action.message.text')}>
              {(c) => <TextArea {...c} rows={3} value={message.text} onValue={(text) => setMessage({ text })} />}
            </Field>
            <div class="ui-row">
              <Field label={t('console.triggers.senderName')} class="ui-grow" error={missing(message.senderName, 'action.message.senderName')}>
                {(c) => <TextInput {...c} value={message.senderName} onValue={(senderName) => setMessage({ senderName })} />}
              </Field>
              <Field label={at('admin.triggers.senderType')} class="ui-grow">
                {(c) => (
                  <Select
                    {...c}
                    value={message.senderType}
                    options={[
                      { value: 'agent', label: t('console.triggers.asAgent') },
                      { value: 'bot', label: t('console.triggers.asBot') },
                    ]}
                    onValue={(senderType) => setMessage({ senderType })}
                  />
                )}
              </Field>
            </div>
            <Switch checked={draft.action.openWidget} onChange={(openWidget) => set({ action: { ...draft.action, openWidget } })} label={t('console.triggers.openWidget')} />
          </FieldGroup>

          <ActionTargets action={draft.action} onChange={(patch) => set({ action: { ...draft.action, ...patch } })} />

          <FieldGroup legend={at('admin.triggers.group.limits')}>
            <div class="ui-row">
              <Field label={t('console.triggers.capping')} class="ui-grow">
                {(c) => (
                  <Select
                    {...c}
                    value={capping.scope}
                    options={(['session', 'visitor', 'days'] as const).map((s) => ({ value: s, label: t(`console.triggers.capping.${s}`) }))}
                    onValue={(scope) => set({ capping: cappingOf(scope) })}
                  />
                )}
              </Field>
              {capping.scope === 'days' && (
                <Field label={t('console.triggers.days')}>
                  {(c) => (
                    <TextInput
                      {...c}
                      type="number"
                      min={1}
                      class="ui-input-narrow"
                      value={String(capping.days)}
                      onValue={(v) => set({ capping: { scope: 'days', days: Math.max(1, Number(v) || 1) } })}
                    />
                  )}
                </Field>
              )}
            </div>
            <Field label={t('console.triggers.goal')}>
              {(c) => (
                <Select
                  {...c}
                  value={goal?.type ?? 'none'}
                  options={(['none', 'url', 'event'] as const).map((g) => ({ value: g, label: t(`console.triggers.goal.${g}`) }))}
                  onValue={(type) => set({ goal: goalOf(type) })}
                />
              )}
            </Field>
            {goal?.type === 'url' && <MatchEditor match={goal.match} label={t('console.triggers.goal.url')} onChange={(match) => set({ goal: { type: 'url', match } })} />}
            {goal?.type === 'event' && (
              <Field label={at('admin.triggers.eventName')}>
                {(c) => <TextInput {...c} value={goal.name} onValue={(name) => set({ goal: { type: 'event', name } })} />}
              </Field>
            )}
          </FieldGroup>
        </Form>
        <RulePreview draft={draft} />
      </div>
    </Drawer>
  );
}

function cappingOf(scope: string): TriggerCapping {
  return scope === 'visitor' ? { scope } : scope === 'days' ? { scope, days: 7 } : { scope: 'session' };
}

function goalOf(type: string): TriggerGoal | null {
  if (type === 'url') return { type, match: { op: 'contains', value: '/thank-you' } };
  if (type === 'event') return { type, name: 'signup' };
  return null;
}
