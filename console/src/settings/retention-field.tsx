import { useState } from 'preact/hooks';
import { retentionDayBounds } from '@parley/shared';
import { FieldError, useInvalid } from './field-error.js';
import { useSettingsT } from './use-settings-t.js';

/** Shown in the box when retention is first switched on. */
const suggestedDays = 365;

/**
 * The site's retention (issue 16): off keeps everything (`null`); on, the days after which closed
 * conversations go. The days are edited as typed: text that is not a whole number is sent as 0,
 * which the server refuses beside this field, so a typo never saves "keep forever".
 */
export function RetentionField({ value, onChange }: { value: number | null; onChange(value: number | null): void }) {
  const t = useSettingsT();
  const [typed, setTyped] = useState(value === null ? String(suggestedDays) : String(value));
  const invalid = useInvalid('retentionDays');
  const asDays = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : 0);
  return (
    <div class="field">
      <label class="check">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.currentTarget.checked ? asDays(typed) : null)} />
        <span>{t('settings.retention.keep')}</span>
      </label>
      {value !== null && (
        <label>
          <span>{t('settings.retention.days')}</span>
          <input
            class="ui-input"
            type="number"
            inputMode="numeric"
            step={1}
            min={retentionDayBounds.min}
            max={retentionDayBounds.max}
            value={typed}
            aria-invalid={invalid}
            onInput={(e) => {
              setTyped(e.currentTarget.value);
              onChange(asDays(e.currentTarget.value));
            }}
          />
        </label>
      )}
      <p class="hint">{t('settings.retention.hint')}</p>
      <FieldError path="retentionDays" />
    </div>
  );
}
