import type { TriggerAction } from '@parley/shared';
import { useBotT } from '../bots/use-bot-t.js';
import { useBots } from '../bots/use-bots.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDepartments } from '../routing/use-departments.js';

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
    <fieldset>
      <legend>{t('console.triggers.reply')}</legend>
      <OneOrNone
        label={t('console.triggers.department')}
        none={t('console.triggers.department.none')}
        value={action.departmentId}
        options={departments.map((d) => ({ id: d.id, label: d.name }))}
        onChange={(departmentId) => onChange({ departmentId })}
      />
      <OneOrNone
        label={t('console.triggers.bot')}
        none={t('console.triggers.bot.none')}
        value={action.botId}
        options={bots.map((b) => ({ id: b.id, label: `${b.name} (${tb(`console.bots.mode.${b.mode}`)})` }))}
        onChange={(botId) => onChange({ botId })}
      />
      <p class="hint">{t('console.triggers.bot.hint')}</p>
    </fieldset>
  );
}

interface OneOrNoneProps {
  label: string;
  /** The first option's text, for `null`. */
  none: string;
  value: string | null;
  options: { id: string; label: string }[];
  onChange(id: string | null): void;
}

function OneOrNone({ label, none, value, options, onChange }: OneOrNoneProps) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
