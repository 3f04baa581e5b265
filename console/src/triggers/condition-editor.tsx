import { textMatchOps, type TextMatch, type TriggerCondition } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { Button } from '../ui/button.js';
import { Select } from '../ui/select.js';
import { TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { defaultCondition, editableConditionTypes } from './rule-draft.js';

export interface ConditionEditorProps {
  condition: TriggerCondition;
  onChange(next: TriggerCondition): void;
  onRemove(): void;
}

/** One condition on one line (wrapping on narrow screens): its kind, then the value it needs, then Remove. */
export function ConditionEditor({ condition: c, onChange, onRemove }: ConditionEditorProps) {
  const { t } = useI18n();
  const at = useAdminT();
  const label = t(`console.condition.${c.type}`);
  const number = (value: number, set: (n: number) => TriggerCondition) => (
    <TextInput type="number" min={0} class="ui-input-narrow" value={String(value)} aria-label={label} onValue={(v) => onChange(set(Number(v) || 0))} />
  );
  return (
    <li class="condition">
      <Select
        class="condition-type"
        value={c.type}
        aria-label={at('admin.triggers.conditionKind')}
        options={editableConditionTypes.map((type) => ({ value: type, label: t(`console.condition.${type}`) }))}
        onValue={(type) => onChange(defaultCondition(type))}
      />
      {(c.type === 'url' || c.type === 'referrer') && <MatchEditor match={c.match} label={label} onChange={(match) => onChange({ ...c, match })} />}
      {c.type === 'timeOnPage' && number(c.seconds, (seconds) => ({ ...c, seconds }))}
      {c.type === 'pagesViewed' && number(c.atLeast, (atLeast) => ({ ...c, atLeast: Math.max(1, atLeast) }))}
      {c.type === 'scrollDepth' && number(c.percent, (percent) => ({ ...c, percent: Math.min(100, percent) }))}
      {c.type === 'returning' && (
        <Select
          value={String(c.value) as 'true' | 'false'}
          aria-label={label}
          options={[
            { value: 'true', label: t('console.visitors.returning') },
            { value: 'false', label: t('console.visitors.new') },
          ]}
          onValue={(v) => onChange({ ...c, value: v === 'true' })}
        />
      )}
      {c.type === 'device' && (
        <Select
          value={c.value}
          aria-label={label}
          options={(['desktop', 'mobile', 'tablet'] as const).map((d) => ({ value: d, label: at(`admin.device.${d}`) }))}
          onValue={(value) => onChange({ ...c, value })}
        />
      )}
      {c.type === 'language' && <TextInput class="ui-input-narrow" value={c.value} aria-label={label} onValue={(value) => onChange({ ...c, value })} />}
      <Button size="small" variant="quiet" class="condition-remove" onClick={onRemove} aria-label={at('admin.triggers.removeCondition', { condition: label })}>
        {t('console.triggers.removeCondition')}
      </Button>
    </li>
  );
}

/** `contains` / `is` / `starts with` / `matches` and the text. */
export function MatchEditor({ match, label, onChange }: { match: TextMatch; label: string; onChange(next: TextMatch): void }) {
  const { t } = useI18n();
  const at = useAdminT();
  return (
    <span class="match-editor">
      <Select
        value={match.op}
        aria-label={at('admin.triggers.matchHow', { what: label })}
        options={textMatchOps.map((op) => ({ value: op, label: t(`console.match.${op}`) }))}
        onValue={(op) => onChange({ ...match, op })}
      />
      <TextInput value={match.value} aria-label={label} onValue={(value) => onChange({ ...match, value })} />
    </span>
  );
}
