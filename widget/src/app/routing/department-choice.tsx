import type { Availability } from '@parley/shared';
import { useT } from '../ui/i18n-context.js';

/** The pre-chat step: which team the first message goes to (see `showDepartmentChoice`). */
export function DepartmentChoice({
  departments,
  value,
  onChange,
}: {
  departments: Availability['departments'];
  value: string | null;
  onChange(id: string | null): void;
}) {
  const t = useT();
  return (
    <label class="prechat">
      <span>{t('widget.prechat.department')}</span>
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
