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
      <label>
        {t('console.triggers.department')}
        <select value={action.departmentId ?? ''} onChange={(e) => onChange({ departmentId: e.currentTarget.value || null })}>
          <option value="">{t('console.triggers.department.none')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('console.triggers.bot')}
        <select value={action.botId ?? ''} onChange={(e) => onChange({ botId: e.currentTarget.value || null })}>
          <option value="">{t('console.triggers.bot.none')}</option>
          {bots.map((b) => (
            <option key={b.id} value={b.id}>
              {`${b.name} (${tb(`console.bots.mode.${b.mode}`)})`}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('console.triggers.bot.hint')}</p>
    </fieldset>
  );
}
