import type { Availability } from '@parley/shared';
import type { ChatState } from '../chat/chat-state.js';
import { useT } from './i18n-context.js';

/** Before the first message, when the site has several departments and someone can answer. */
export function showDepartmentChoice(state: ChatState): boolean {
  const active = state.conversation && state.conversation.status !== 'closed';
  return !active && state.outbox.length === 0 && (state.availability?.departments.length ?? 0) > 1;
}

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
