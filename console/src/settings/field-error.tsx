import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { FieldIssue } from '@parley/shared';
import { useSettingsT } from './use-settings-t.js';

/** The issues of the last refused save; each field shows those under its own path. */
export const FieldIssues = createContext<FieldIssue[]>([]);

/** Issues at `path` or inside it (`hours.weekly.mon.0` also claims `hours.weekly.mon.0.1`); `exact` for a group's own. */
export function issuesAt(issues: FieldIssue[], path: string, exact = false): FieldIssue[] {
  return issues.filter((i) => i.path === path || (!exact && i.path.startsWith(`${path}.`)));
}

/** The server's reason a field was refused, beside the field; `id` lets the field point at it with aria-describedby. */
export function FieldError({ path, exact, id }: { path: string; exact?: boolean; id?: string }) {
  const t = useSettingsT();
  const found = issuesAt(useContext(FieldIssues), path, exact);
  if (found.length === 0) return null;
  return (
    <span class="field-error" role="alert" id={id}>
      {t('settings.fieldError', { reason: found.map((i) => i.message).join('; ') })}
    </span>
  );
}

/** True when the field at `path` was refused: for `aria-invalid`. */
export function useInvalid(path: string): boolean {
  return issuesAt(useContext(FieldIssues), path).length > 0;
}

/** A labelled control with the server's reason for refusing it beside it (outside the label, so the label stays the control's name). */
export function Field({ label, path, children }: { label: string; path: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label>
        <span>{label}</span>
        {children}
      </label>
      <FieldError path={path} />
    </div>
  );
}
