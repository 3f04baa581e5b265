import { Field, useInvalid } from './field-error.js';
import type { NumberField as Name } from './settings-draft.js';
import { useSettingsT } from './use-settings-t.js';

/** A whole-number setting edited as typed; the server's reason for refusing it shows beside it. */
export function NumberField({ name, value, onInput }: { name: Name; value: string; onInput(value: string): void }) {
  const t = useSettingsT();
  return (
    <Field label={t(`settings.${name}`)} path={name}>
      <input class="ui-input" type="number" inputMode="numeric" step={1} min={0} value={value} aria-invalid={useInvalid(name)} onInput={(e) => onInput(e.currentTarget.value)} />
    </Field>
  );
}
