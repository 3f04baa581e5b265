import { useId, useState } from 'preact/hooks';
import type { AgentPresence, BusinessHours, Department, DepartmentInput } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { Field, FieldError, FieldIssues, useInvalid } from './field-error.js';
import { HoursEditor } from './hours-editor.js';
import { useImeSafeForm } from './ime-safe-form.js';
import { SaveStatus, useSaveState } from './save-state.js';
import { useSettingsT } from './use-settings-t.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { useAdminT } from '../ui/use-admin-t.js';

export interface DepartmentEditorProps {
  token: string;
  /** `null`: a new department. */
  department: Department | null;
  departments: Department[];
  agents: AgentPresence[];
  onSaved(department: Department): void;
  onCancel(): void;
  fetchImpl?: typeof fetch;
}

type Draft = { name: string; memberIds: string[]; escalatesToId: string | null; hours: BusinessHours | null };

/** In a drawer: name, members (the workspace's agents), where it escalates to, and its own hours or the site's. */
export function DepartmentEditor({ token, department, departments, agents, onSaved, onCancel, fetchImpl }: DepartmentEditorProps) {
  const t = useSettingsT();
  const at = useAdminT();
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: department?.name ?? '',
    memberIds: department?.memberIds ?? [],
    escalatesToId: department?.escalatesToId ?? null,
    hours: department?.hours ?? null,
  }));
  const save = useSaveState();
  const ime = useImeSafeForm();
  const edit = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const toggleMember = (id: string, on: boolean) => edit({ memberIds: on ? [...draft.memberIds, id] : draft.memberIds.filter((m) => m !== id) });

  const submit = async () => {
    const input: DepartmentInput = { ...draft, name: draft.name.trim() };
    const patch = department ? changedOf(input, department) : input;
    const saved = await save.run(Object.keys(patch).length > 0, () =>
      department
        ? restCall<{ department: Department }>(token, 'PATCH', `/departments/${department.id}`, patch, fetchImpl)
        : restCall<{ department: Department }>(token, 'POST', '/departments', patch, fetchImpl),
    );
    if (saved) onSaved(saved.department);
  };

  return (
    <Drawer
      open
      title={department ? at('admin.departments.editTitle', { name: department.name }) : t('settings.departments.new')}
      onClose={onCancel}
      footer={
        <>
          <SaveStatus outcome={save.outcome} />
          <Button onClick={onCancel}>{t('settings.departments.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={save.outcome.kind === 'saving'}>
            {department ? t('settings.departments.save') : t('settings.departments.create')}
          </Button>
        </>
      }
    >
    <FieldIssues.Provider value={save.issues}>
      <form
        id={formId}
        class="settings-form department-editor"
        noValidate
        {...ime}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={t('settings.departments.name')} path="name">
          <input class="ui-input" type="text" maxLength={100} value={draft.name} aria-invalid={useInvalid('name')} onInput={(e) => edit({ name: e.currentTarget.value })} />
        </Field>
        <fieldset>
          <legend>{t('settings.departments.members')}</legend>
          {agents.length === 0 && <p class="muted">{t('settings.departments.noAgents')}</p>}
          {agents.map((agent) => (
            <label key={agent.id} class="check">
              <input type="checkbox" checked={draft.memberIds.includes(agent.id)} onChange={(e) => toggleMember(agent.id, e.currentTarget.checked)} />
              {agent.name} <span class="muted">{agent.email}</span>
            </label>
          ))}
          <FieldError path="memberIds" />
        </fieldset>
        <Field label={t('settings.departments.escalatesTo')} path="escalatesToId">
          <select class="ui-input" value={draft.escalatesToId ?? ''} onChange={(e) => edit({ escalatesToId: e.currentTarget.value || null })}>
            <option value="">{t('settings.departments.noEscalation')}</option>
            {departments
              .filter((d) => d.id !== department?.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </Field>
        <fieldset>
          <legend>{t('settings.departments.hours')}</legend>
          <HoursEditor value={draft.hours} path="hours" nullLabel={t('settings.departments.siteHours')} onChange={(hours) => edit({ hours })} />
        </fieldset>
      </form>
    </FieldIssues.Provider>
    </Drawer>
  );
}

/** The fields of `input` that differ from the stored department. */
function changedOf(input: DepartmentInput, stored: Department): Partial<DepartmentInput> {
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'memberIds', 'escalatesToId', 'hours'] as const) {
    if (JSON.stringify(input[key]) !== JSON.stringify(stored[key])) patch[key] = input[key];
  }
  return patch;
}
