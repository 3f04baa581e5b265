import { useMemo } from 'preact/hooks';
import type { BusinessHours, Weekday } from '@parley/shared';
import { Field, FieldError, useInvalid } from './field-error.js';
import { useSettingsT } from './use-settings-t.js';

/** Monday first, as calendars in China and most of Europe show the week. */
const week: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface HoursEditorProps {
  /** `null`: always open (for a department: the site's hours). */
  value: BusinessHours | null;
  onChange(next: BusinessHours | null): void;
  /** Where the server's issues for these hours are (`hours`, or a department's `hours`). */
  path: string;
  /** The label of the "no hours of its own" choice. */
  nullLabel: string;
}

/** The browser's zone and Monday to Friday 9 to 5: where an admin who turns hours on starts. */
export function officeHours(): BusinessHours {
  const nineToFive: [string, string][] = [['09:00', '17:00']];
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  };
}

/** Business hours: a time zone and, per weekday, opening intervals to add and remove; or none. */
export function HoursEditor({ value, onChange, path, nullLabel }: HoursEditorProps) {
  const t = useSettingsT();
  const zones = useMemo(() => {
    const all = Intl.supportedValuesOf('timeZone');
    return value && !all.includes(value.timeZone) ? [value.timeZone, ...all] : all;
  }, [value?.timeZone]);
  const zoneInvalid = useInvalid(`${path}.timeZone`);

  const setDay = (day: Weekday, intervals: [string, string][]) => {
    if (!value) return;
    const weekly = { ...value.weekly };
    // An emptied day is left out rather than kept as [], so it compares equal to one never set.
    if (intervals.length) weekly[day] = intervals;
    else delete weekly[day];
    onChange({ ...value, weekly });
  };

  return (
    <div class="hours-editor">
      <label class="check">
        <input type="checkbox" checked={value === null} onChange={(e) => onChange(e.currentTarget.checked ? null : officeHours())} />
        {nullLabel}
      </label>
      <FieldError path={path} exact />
      {value && (
        <>
          <Field label={t('settings.hours.timeZone')} path={`${path}.timeZone`}>
            <select class="ui-input" value={value.timeZone} aria-invalid={zoneInvalid} onChange={(e) => onChange({ ...value, timeZone: e.currentTarget.value })}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </Field>
          <table class="hours-week">
            <tbody>
              {week.map((day) => (
                <DayRow key={day} day={day} intervals={value.weekly[day] ?? []} path={`${path}.weekly.${day}`} onChange={(next) => setDay(day, next)} />
              ))}
            </tbody>
          </table>
          <FieldError path={`${path}.weekly`} exact />
        </>
      )}
    </div>
  );
}

function DayRow({ day, intervals, path, onChange }: { day: Weekday; intervals: [string, string][]; path: string; onChange(next: [string, string][]): void }) {
  const t = useSettingsT();
  const name = t(`settings.weekday.${day}`);
  const set = (i: number, end: 0 | 1, time: string) =>
    onChange(intervals.map((interval, j) => (j === i ? ((end === 0 ? [time, interval[1]] : [interval[0], time]) as [string, string]) : interval)));
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {intervals.length === 0 && <span class="muted">{t('settings.hours.closed')}</span>}
        {intervals.map((interval, i) => (
          <Interval key={i} interval={interval} path={`${path}.${i}`} day={name} onSet={(end, time) => set(i, end, time)} onRemove={() => onChange(intervals.filter((_, j) => j !== i))} />
        ))}
        <FieldError path={path} exact />
      </td>
      <td>
        <button type="button" class="ui-button ui-button-secondary ui-button-small" aria-label={`${t('settings.hours.add')} (${name})`} onClick={() => onChange([...intervals, ['09:00', '17:00']])}>
          {t('settings.hours.add')}
        </button>
      </td>
    </tr>
  );
}

function Interval(props: { interval: [string, string]; path: string; day: string; onSet(end: 0 | 1, time: string): void; onRemove(): void }) {
  const t = useSettingsT();
  const invalid = useInvalid(props.path);
  const time = (end: 0 | 1, label: string) => (
    <input
      type="text"
      inputMode="numeric"
      class="ui-input time"
      size={5}
      maxLength={5}
      placeholder="09:00"
      aria-label={label}
      aria-invalid={invalid}
      value={props.interval[end]}
      onInput={(e) => props.onSet(end, e.currentTarget.value)}
    />
  );
  return (
    <span class="interval">
      {time(0, t('settings.hours.from', { day: props.day }))}–{time(1, t('settings.hours.to', { day: props.day }))}
      <button type="button" class="ui-button ui-button-quiet ui-button-small" aria-label={`${t('settings.hours.remove')} ${props.interval[0]}–${props.interval[1]} (${props.day})`} onClick={props.onRemove}>
        ×
      </button>
      <FieldError path={props.path} />
    </span>
  );
}
