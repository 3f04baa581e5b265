import { useEffect, useState } from 'preact/hooks';
import type { Department, Site, SiteSettings } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { AckEditor } from './ack-editor.js';
import { DepartmentRulesEditor } from './department-rules-editor.js';
import { Field, FieldIssues } from './field-error.js';
import { HoursEditor } from './hours-editor.js';
import { useImeSafeForm } from './ime-safe-form.js';
import { NumberField } from './number-field.js';
import { RetentionField } from './retention-field.js';
import { SaveStatus, useSaveState } from './save-state.js';
import { draftOf, numberFields, patchOf, type SettingsDraft } from './settings-draft.js';
import { useSettingsT } from './use-settings-t.js';
import { Button } from '../ui/button.js';
import { Loading, Notice } from '../ui/page.js';

export interface SiteSettingsFormProps {
  token: string;
  siteId: string;
  departments: Department[];
  fetchImpl?: typeof fetch;
}

type Loaded = { kind: 'loading' } | { kind: 'failed'; reason: string } | { kind: 'ready'; saved: SiteSettings };

/** One site's routing settings in groups; Save sends only what changed, and a refusal saves nothing and marks the fields. */
export function SiteSettingsForm({ token, siteId, departments, fetchImpl }: SiteSettingsFormProps) {
  const t = useSettingsT();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const save = useSaveState();
  const ime = useImeSafeForm();

  useEffect(() => {
    let live = true;
    void restCall<{ site: Site }>(token, 'GET', `/sites/${siteId}/settings`, undefined, fetchImpl).then((result) => {
      if (!live) return;
      if (!result.ok || !result.data.site.settings) return setLoaded({ kind: 'failed', reason: result.ok ? 'no settings' : result.error.message });
      setLoaded({ kind: 'ready', saved: result.data.site.settings });
      setDraft(draftOf(result.data.site.settings));
    });
    return () => void (live = false);
  }, [token, siteId, fetchImpl]);

  if (loaded.kind === 'loading' || (loaded.kind === 'ready' && !draft)) return <Loading label={t('settings.loading')} />;
  if (loaded.kind === 'failed') {
    return (
      <Notice tone="danger" role="alert">
        <p>{t('settings.loadFailed', { reason: loaded.reason })}</p>
      </Notice>
    );
  }
  const current = draft!;
  const edit = (change: Partial<SettingsDraft>) => {
    setDraft({ ...current, ...change });
    if (save.outcome.kind === 'saved' || save.outcome.kind === 'unchanged') save.reset();
  };

  const submit = async () => {
    const patch = patchOf(current, loaded.saved);
    const site = await save.run(Object.keys(patch).length > 0, () => restCall<{ site: Site }>(token, 'PATCH', `/sites/${siteId}/settings`, patch, fetchImpl));
    // What the server stored (defaults filled in, texts trimmed) is the new baseline and the form.
    if (site?.site.settings) {
      setLoaded({ kind: 'ready', saved: site.site.settings });
      setDraft(draftOf(site.site.settings));
    }
  };

  return (
    <FieldIssues.Provider value={save.issues}>
      <form
        class="settings-form"
        noValidate
        {...ime}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t('settings.group.routing')}</legend>
          <Field label={t('settings.strategy')} path="strategy">
            <select class="ui-input" value={current.strategy} onChange={(e) => edit({ strategy: e.currentTarget.value as SettingsDraft['strategy'] })}>
              {(['least_busy', 'round_robin'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`settings.strategy.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <NumberField name="defaultCapacity" value={current.defaultCapacity} onInput={(v) => edit({ defaultCapacity: v })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.group.hours')}</legend>
          <p class="hint">{t('settings.hours.hint')}</p>
          <HoursEditor value={current.hours} path="hours" nullLabel={t('settings.hours.alwaysOpen')} onChange={(hours) => edit({ hours })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.group.ack')}</legend>
          <AckEditor value={current.autoAck} onChange={(autoAck) => edit({ autoAck })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.group.service')}</legend>
          {numberFields
            .filter((f) => f !== 'defaultCapacity')
            .map((f) => (
              <NumberField key={f} name={f} value={current[f]} onInput={(v) => edit({ [f]: v })} />
            ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.group.rules')}</legend>
          <DepartmentRulesEditor rules={current.departmentRules} departments={departments} onChange={(departmentRules) => edit({ departmentRules })} />
        </fieldset>
        <fieldset>
          <legend>{t('settings.group.privacy')}</legend>
          <RetentionField value={current.retentionDays} onChange={(retentionDays) => edit({ retentionDays })} />
        </fieldset>
        <div class="form-actions">
          <SaveStatus outcome={save.outcome} />
          <Button variant="primary" type="submit" busy={save.outcome.kind === 'saving'}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </FieldIssues.Provider>
  );
}
