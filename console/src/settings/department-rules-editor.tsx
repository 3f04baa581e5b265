import type { Department, SiteSettings } from '@parley/shared';
import { Field, FieldError, useInvalid } from './field-error.js';
import { useSettingsT } from './use-settings-t.js';

type Rules = SiteSettings['departmentRules'];

/** "Page address contains … → department" rules, first match wins; added, changed and removed in order. */
export function DepartmentRulesEditor({ rules, departments, onChange }: { rules: Rules; departments: Department[]; onChange(next: Rules): void }) {
  const t = useSettingsT();
  const set = (i: number, change: Partial<Rules[number]>) => onChange(rules.map((rule, j) => (j === i ? { ...rule, ...change } : rule)));
  return (
    <>
      <p class="hint">{t('settings.rules.hint')}</p>
      {rules.length === 0 && <p class="muted">{t('settings.rules.empty')}</p>}
      <ol class="rules">
        {rules.map((rule, i) => (
          <RuleRow key={i} index={i} rule={rule} departments={departments} onSet={(change) => set(i, change)} onRemove={() => onChange(rules.filter((_, j) => j !== i))} />
        ))}
      </ol>
      <FieldError path="departmentRules" exact />
      {departments.length === 0 ? (
        <p class="muted">{t('settings.rules.noDepartments')}</p>
      ) : (
        <button type="button" class="ui-button ui-button-secondary ui-button-small" onClick={() => onChange([...rules, { urlContains: '', departmentId: departments[0]!.id }])}>
          {t('settings.rules.add')}
        </button>
      )}
    </>
  );
}

function RuleRow(props: { index: number; rule: Rules[number]; departments: Department[]; onSet(change: Partial<Rules[number]>): void; onRemove(): void }) {
  const t = useSettingsT();
  const path = `departmentRules.${props.index}`;
  const known = props.departments.some((d) => d.id === props.rule.departmentId);
  return (
    <li>
      <Field label={t('settings.rules.urlContains')} path={`${path}.urlContains`}>
        <input class="ui-input" type="text" maxLength={500} placeholder="/pricing" value={props.rule.urlContains} aria-invalid={useInvalid(`${path}.urlContains`)} onInput={(e) => props.onSet({ urlContains: e.currentTarget.value })} />
      </Field>
      <Field label={t('settings.rules.department')} path={`${path}.departmentId`}>
        <select class="ui-input" value={props.rule.departmentId} aria-invalid={useInvalid(`${path}.departmentId`)} onChange={(e) => props.onSet({ departmentId: e.currentTarget.value })}>
          {/* A rule naming a department that is gone keeps its id until the admin picks another. */}
          {!known && <option value={props.rule.departmentId}>{props.rule.departmentId}</option>}
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" class="ui-button ui-button-secondary ui-button-small" onClick={props.onRemove}>
        {t('settings.rules.remove')}
      </button>
      <FieldError path={path} exact />
    </li>
  );
}
