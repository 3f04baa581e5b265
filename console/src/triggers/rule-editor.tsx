import { useState } from 'preact/hooks';
import type { TriggerCapping, TriggerGoal } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { ActionTargets } from './action-targets.js';
import { ConditionEditor, MatchEditor } from './condition-editor.js';
import { defaultCondition, type RuleDraft } from './rule-draft.js';
import { RulePreview } from './rule-preview.js';

export interface RuleEditorProps {
  initial: RuleDraft;
  error: string | null;
  onSave(draft: RuleDraft): void;
  onCancel(): void;
}

/** Builds one rule: name, conditions, message and sender, where a reply goes, capping, goal, with a live preview. */
export function RuleEditor({ initial, error, onSave, onCancel }: RuleEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const message = draft.action.message;
  const setMessage = (patch: Partial<typeof message>) => set({ action: { ...draft.action, message: { ...message, ...patch } } });
  const capping = draft.capping;
  const goal = draft.goal;

  return (
    <form
      class="rule-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <div class="rule-fields">
        <label>
          {t('console.triggers.name')}
          <input required value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label>
          {t('console.triggers.priority')}
          <input type="number" value={draft.priority} onInput={(e) => set({ priority: Number(e.currentTarget.value) || 0 })} />
        </label>
        <label class="check">
          <input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
          {t('console.triggers.enabled')}
        </label>

        <fieldset>
          <legend>{t('console.triggers.conditions')}</legend>
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
          <button type="button" class="button subtle" onClick={() => set({ conditions: [...draft.conditions, defaultCondition('timeOnPage')] })}>
            {t('console.triggers.addCondition')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('console.triggers.message')}</legend>
          <label>
            {t('console.triggers.message')}
            <textarea required rows={2} value={message.text} onInput={(e) => setMessage({ text: e.currentTarget.value })} />
          </label>
          <label>
            {t('console.triggers.senderName')}
            <input required value={message.senderName} onInput={(e) => setMessage({ senderName: e.currentTarget.value })} />
          </label>
          <select value={message.senderType} aria-label={t('console.triggers.senderName')} onChange={(e) => setMessage({ senderType: e.currentTarget.value as 'agent' | 'bot' })}>
            <option value="agent">{t('console.triggers.asAgent')}</option>
            <option value="bot">{t('console.triggers.asBot')}</option>
          </select>
          <label class="check">
            <input type="checkbox" checked={draft.action.openWidget} onChange={(e) => set({ action: { ...draft.action, openWidget: e.currentTarget.checked } })} />
            {t('console.triggers.openWidget')}
          </label>
        </fieldset>

        <ActionTargets action={draft.action} onChange={(patch) => set({ action: { ...draft.action, ...patch } })} />

        <fieldset>
          <legend>{t('console.triggers.capping')}</legend>
          <select value={capping.scope} aria-label={t('console.triggers.capping')} onChange={(e) => set({ capping: cappingOf(e.currentTarget.value) })}>
            <option value="session">{t('console.triggers.capping.session')}</option>
            <option value="visitor">{t('console.triggers.capping.visitor')}</option>
            <option value="days">{t('console.triggers.capping.days')}</option>
          </select>
          {capping.scope === 'days' && (
            <label>
              {t('console.triggers.days')}
              <input type="number" min={1} value={capping.days} onInput={(e) => set({ capping: { scope: 'days', days: Math.max(1, Number(e.currentTarget.value) || 1) } })} />
            </label>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('console.triggers.goal')}</legend>
          <select value={goal?.type ?? 'none'} aria-label={t('console.triggers.goal')} onChange={(e) => set({ goal: goalOf(e.currentTarget.value) })}>
            <option value="none">{t('console.triggers.goal.none')}</option>
            <option value="url">{t('console.triggers.goal.url')}</option>
            <option value="event">{t('console.triggers.goal.event')}</option>
          </select>
          {goal?.type === 'url' && <MatchEditor match={goal.match} label={t('console.triggers.goal.url')} onChange={(match) => set({ goal: { type: 'url', match } })} />}
          {goal?.type === 'event' && (
            <input value={goal.name} aria-label={t('console.triggers.goal.event')} onInput={(e) => set({ goal: { type: 'event', name: e.currentTarget.value } })} />
          )}
        </fieldset>
        {error && <p class="form-error">{error}</p>}
        <button type="submit" class="button">
          {t('console.triggers.save')}
        </button>{' '}
        <button type="button" class="button subtle" onClick={onCancel}>
          {t('console.triggers.cancel')}
        </button>
      </div>
      <RulePreview draft={draft} />
    </form>
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
