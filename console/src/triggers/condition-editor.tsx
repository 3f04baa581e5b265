import { textMatchOps, type TextMatch, type TriggerCondition } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { defaultCondition, editableConditionTypes } from './rule-draft.js';

export interface ConditionEditorProps {
  condition: TriggerCondition;
  onChange(next: TriggerCondition): void;
  onRemove(): void;
}

/** One condition: its kind, then the value it needs. */
export function ConditionEditor({ condition: c, onChange, onRemove }: ConditionEditorProps) {
  const { t } = useI18n();
  const number = (value: number, set: (n: number) => TriggerCondition, label: string) => (
    <input type="number" min={0} value={value} aria-label={label} onInput={(e) => onChange(set(Number(e.currentTarget.value) || 0))} />
  );
  const label = t(`console.condition.${c.type}`);
  return (
    <li class="condition">
      <select value={c.type} aria-label={t('console.triggers.conditions')} onChange={(e) => onChange(defaultCondition(e.currentTarget.value as TriggerCondition['type']))}>
        {editableConditionTypes.map((type) => (
          <option key={type} value={type}>
            {t(`console.condition.${type}`)}
          </option>
        ))}
      </select>
      {(c.type === 'url' || c.type === 'referrer') && <MatchEditor match={c.match} label={label} onChange={(match) => onChange({ ...c, match })} />}
      {c.type === 'timeOnPage' && number(c.seconds, (seconds) => ({ ...c, seconds }), label)}
      {c.type === 'pagesViewed' && number(c.atLeast, (atLeast) => ({ ...c, atLeast: Math.max(1, atLeast) }), label)}
      {c.type === 'scrollDepth' && number(c.percent, (percent) => ({ ...c, percent: Math.min(100, percent) }), label)}
      {c.type === 'returning' && (
        <select value={String(c.value)} aria-label={label} onChange={(e) => onChange({ ...c, value: e.currentTarget.value === 'true' })}>
          <option value="true">{t('console.visitors.returning')}</option>
          <option value="false">{t('console.visitors.new')}</option>
        </select>
      )}
      {c.type === 'device' && (
        <select value={c.value} aria-label={label} onChange={(e) => onChange({ ...c, value: e.currentTarget.value as typeof c.value })}>
          {(['desktop', 'mobile', 'tablet'] as const).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      )}
      {c.type === 'language' && <input value={c.value} aria-label={label} onInput={(e) => onChange({ ...c, value: e.currentTarget.value })} />}
      <button type="button" class="button subtle" onClick={onRemove}>
        {t('console.triggers.removeCondition')}
      </button>
    </li>
  );
}

/** `contains` / `is` / `starts with` / `matches` and the text. */
export function MatchEditor({ match, label, onChange }: { match: TextMatch; label: string; onChange(next: TextMatch): void }) {
  const { t } = useI18n();
  return (
    <>
      <select value={match.op} aria-label={`${label}: op`} onChange={(e) => onChange({ ...match, op: e.currentTarget.value as TextMatch['op'] })}>
        {textMatchOps.map((op) => (
          <option key={op} value={op}>
            {t(`console.match.${op}`)}
          </option>
        ))}
      </select>
      <input value={match.value} aria-label={label} onInput={(e) => onChange({ ...match, value: e.currentTarget.value })} />
    </>
  );
}
