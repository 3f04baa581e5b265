import { routingWidgetCatalogs, translateIn, type Availability, type Locale } from '@parley/shared';

/** The pre-chat step: which team the first message goes to (see `showDepartmentChoice`). */
export function DepartmentChoice({
  departments,
  value,
  locale,
  onChange,
}: {
  departments: Availability['departments'];
  value: string | null;
  locale: Locale;
  onChange(id: string | null): void;
}) {
  return (
    <label class="prechat">
      <span>{translateIn(routingWidgetCatalogs, locale, 'widget.prechat.department')}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || null)}>
        <option value="">—</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
