import type { TriggerAction } from '@parley/shared';
import { useBotT } from '../bots/use-bot-t.js';
import { useBots } from '../bots/use-bots.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDepartments } from '../routing/use-departments.js';
import { Field } from '../ui/field.js';
import { FieldGroup } from '../ui/field-group.js';
import { Select } from '../ui/select.js';

type Targets = Pick<TriggerAction, 'departmentId' | 'botId'>;

export interface ActionTargetsProps {
  action: Targets;
  onChange(patch: Partial<Targets>): void;
}

/** Where a reply to the rule's message goes: the department it starts in, and the bot that answers it first. */
export function ActionTargets({ action, onChange }: ActionTargetsProps) {
  const { t } = useI18n();
  const tb = useBotT();
  const departments = useDepartments();
  const { bots } = useBots();
  return (
    <FieldGroup legend={t('console.triggers.reply')}>
      <OneOrNone
        label={t('console.triggers.department')}
        none={t('console.triggers.department.none')}
        value={action.departmentId}
        options={departments.map((d) => ({ id: d.id, label: d.name }))}
        onChange={(departmentId) => onChange({ departmentId })}
      />
      <OneOrNone
        label={t('console.triggers.bot')}
        help={t('console.triggers.bot.hint')}
        none={t('console.triggers.bot.none')}
        value={action.botId}
        options={bots.map((b) => ({ id: b.id, label: `${b.name} (${tb(`console.bots.mode.${b.mode}`)})` }))}
        onChange={(botId) => onChange({ botId })}
      />
    </FieldGroup>
  );
}

interface OneOrNoneProps {
  label: string;
  help?: string;
  /** The first option's text, for `null`. */
  none: string;
  value: string | null;
  options: { id: string; label: string }[];
  onChange(id: string | null): void;
}

function OneOrNone({ label, help, none, value, options, onChange }: OneOrNoneProps) {
  return (
    <Field label={label} help={help}>
      {(c) => <Select {...c} value={value ?? ''} options={[{ value: '', label: none }, ...options.map((o) => ({ value: o.id, label: o.label }))]} onValue={(v) => onChange(v || null)} />}
    </Field>
  );
}
