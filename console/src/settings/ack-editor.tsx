import { locales, routingCatalogs, translateIn, type Locale } from '@parley/shared';
import { Field, FieldError, useInvalid } from './field-error.js';
import type { SettingsDraft } from './settings-draft.js';
import { useSettingsT } from './use-settings-t.js';

type Ack = SettingsDraft['autoAck'];

/** The acknowledgement: on or off, and a text per visitor language; an empty one shows the built-in text as its placeholder. */
export function AckEditor({ value, onChange }: { value: Ack; onChange(next: Ack): void }) {
  const t = useSettingsT();
  return (
    <>
      <label class="check">
        <input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.currentTarget.checked })} />
        {t('settings.ack.enabled')}
      </label>
      <FieldError path="autoAck" exact />
      <p class="hint" id="ack-hint">
        {t('settings.ack.hint')}
      </p>
      {locales.map((locale) => (
        <AckText key={locale} locale={locale} value={value.text[locale]} disabled={!value.enabled} onInput={(text) => onChange({ ...value, text: { ...value.text, [locale]: text } })} />
      ))}
    </>
  );
}

function AckText({ locale, value, disabled, onInput }: { locale: Locale; value: string; disabled: boolean; onInput(text: string): void }) {
  const t = useSettingsT();
  const path = `autoAck.text.${locale}`;
  return (
    <Field label={t('settings.ack.text', { language: t(`settings.language.${locale}`) })} path={path}>
      <input
        class="ui-input"
        type="text"
        lang={locale}
        maxLength={500}
        disabled={disabled}
        value={value}
        // The built-in text, with {time} as written, shows what an empty field means.
        placeholder={translateIn(routingCatalogs, locale, 'system.autoAck', { time: '{time}' })}
        aria-describedby="ack-hint"
        aria-invalid={useInvalid(path)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
