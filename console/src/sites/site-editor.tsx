import { locales, replyTimes, type FieldIssue, type Locale, type Site } from '@parley/shared';
import { issueText, localIssue } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { localeNames } from '../i18n/locale-preference.js';
import { Field } from '../ui/field.js';
import { ImagePicker } from '../ui/image-picker.js';
import { Select } from '../ui/select.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import { InstallPanel } from './install-panel.js';
import { originIssues, type SiteDraft } from './site-draft.js';
import { WidgetPreview } from './widget-preview.js';

export interface SiteEditorProps {
  draft: SiteDraft;
  onDraft(draft: SiteDraft): void;
  issues: readonly FieldIssue[];
  /** The saved site (absent while creating): its snippet and install check. */
  site: Site | null;
  onCheck(): void;
  onBadImage(): void;
}

/** The site's fields in three groups (site, look, install) beside a live preview of the widget. */
export function SiteEditor({ draft, onDraft, issues, site, onCheck, onBadImage }: SiteEditorProps) {
  const t = useAccountsT();
  const { locale } = useI18n();
  const set = <K extends keyof SiteDraft>(key: K) => (value: SiteDraft[K]) => onDraft({ ...draft, [key]: value });
  const issue = (path: string) => issueText(issues, path, t);
  const badOrigins = originIssues(issues, draft.origins);
  // A site's welcome texts are kept per shipped locale; an Arabic console previews in English.
  const previewLanguage: Locale = draft.locale || (locale === 'ar' ? 'en' : locale);
  return (
    <div class="site-editor">
      <div class="site-editor-form">
        <fieldset class="form-group">
          <legend>{t('sites.group.basics')}</legend>
          <Field label={t('sites.name')} error={issue('name')}>
            {(c) => <TextInput {...c} data-autofocus value={draft.name} onValue={set('name')} />}
          </Field>
          <Field
            label={t('sites.origins')}
            help={t('sites.originsHelp')}
            error={badOrigins.length ? badOrigins.map((o) => (o.line ? t('sites.originAt', { line: o.line, reason: localIssue(o.message, t) }) : localIssue(o.message, t))).join(' ') : null}
          >
            {(c) => <TextArea {...c} rows={3} spellcheck={false} autoCapitalize="off" placeholder="https://shop.example" value={draft.origins} onValue={set('origins')} />}
          </Field>
          <Field label={t('sites.language')} error={issue('locale')}>
            {(c) => (
              <Select
                {...c}
                value={draft.locale}
                onValue={set('locale')}
                options={[{ value: '' as const, label: t('accounts.language.browser') }, ...locales.map((l) => ({ value: l, label: localeNames[l] }))]}
              />
            )}
          </Field>
        </fieldset>
        <fieldset class="form-group">
          <legend>{t('sites.group.look')}</legend>
          <Field label={t('sites.brandColor')} help={t('sites.brandColorHelp')} error={issue('appearance.brandColor')}>
            {(c) => (
              <span class="color-field">
                <input type="color" class="color-swatch" aria-label={t('sites.brandColorPick')} value={draft.brandColor} onInput={(e) => set('brandColor')(e.currentTarget.value)} />
                <TextInput {...c} spellcheck={false} value={draft.brandColor} onValue={set('brandColor')} />
              </span>
            )}
          </Field>
          <Field label={t('sites.side')}>
            {(c) => (
              <Select
                {...c}
                value={draft.launcherSide}
                onValue={set('launcherSide')}
                options={[
                  { value: 'right', label: t('sites.side.right') },
                  { value: 'left', label: t('sites.side.left') },
                ]}
              />
            )}
          </Field>
          <Field label={t('sites.teamName')} help={t('sites.teamNameHelp')} error={issue('appearance.teamName')}>
            {(c) => <TextInput {...c} placeholder={draft.name} value={draft.teamName} onValue={set('teamName')} />}
          </Field>
          <Field label={t('sites.avatar')} help={t('sites.avatarHelp')} error={issue('appearance.avatarUrl')}>
            {(c) => (
              <ImagePicker
                {...c}
                name={draft.teamName || draft.name}
                value={draft.avatarUrl}
                onValue={set('avatarUrl')}
                pickLabel={t('account.avatarPick')}
                removeLabel={t('account.avatarRemove')}
                onBadFile={onBadImage}
              />
            )}
          </Field>
          <Field label={t('sites.replyTime')}>
            {(c) => <Select {...c} value={draft.replyTime} onValue={set('replyTime')} options={replyTimes.map((r) => ({ value: r, label: t(`sites.replyTime.${r}`) }))} />}
          </Field>
          {locales.map((l) => (
            <Field key={l} label={t('sites.welcome', { language: localeNames[l] })} help={t('sites.welcomeHelp')} error={issue(`appearance.welcome.${l}`)}>
              {(c) => <TextArea {...c} lang={l} rows={2} value={draft.welcome[l]} onValue={(v) => onDraft({ ...draft, welcome: { ...draft.welcome, [l]: v } })} />}
            </Field>
          ))}
        </fieldset>
        {site && (
          <fieldset class="form-group">
            <legend>{t('sites.group.install')}</legend>
            <InstallPanel site={site} onCheck={onCheck} />
          </fieldset>
        )}
      </div>
      <aside class="site-editor-preview" aria-label={t('sites.preview')}>
        <p class="preview-title">{t('sites.preview')}</p>
        <WidgetPreview draft={draft} siteName={draft.name} language={previewLanguage} />
      </aside>
    </div>
  );
}
