import { accountsCatalogs, catalogs, readableTextOn, translateIn, type Locale } from '@parley/shared';
import { Avatar } from '../ui/avatar.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import type { SiteDraft } from './site-draft.js';

/**
 * A still picture of the widget with the draft's look: the open panel's header (picture, team
 * name, reply time) in the brand colour with the text colour the widget uses (`readableTextOn`),
 * the greeting, the composer, and the launcher on the chosen side. Decorative for screen readers
 * beyond its label: the fields beside it say the same.
 */
export function WidgetPreview({ draft, siteName, language }: { draft: SiteDraft; siteName: string; language: Locale }) {
  const t = useAccountsT();
  const ink = readableTextOn(draft.brandColor);
  const team = draft.teamName.trim() || siteName.trim() || translateIn(catalogs, language, 'widget.header.title');
  const greeting = draft.welcome[language].trim() || translateIn(catalogs, language, 'widget.empty');
  const reply =
    draft.replyTime === 'off'
      ? null
      : draft.replyTime === 'auto'
        ? translateIn(catalogs, language, 'widget.header.subtitle')
        : // In the widget's language, not the console's: this is what the visitor reads.
          translateIn(
            accountsCatalogs,
            language,
            draft.replyTime === 'minutes' ? 'sites.preview.replyMinutes' : draft.replyTime === 'hours' ? 'sites.preview.replyHours' : 'sites.preview.replyDay',
          );
  const brand = { background: draft.brandColor, color: ink };
  return (
    <figure class={`widget-preview side-${draft.launcherSide}`} lang={language} aria-label={t('sites.previewHelp')} data-testid="widget-preview">
      <div class="widget-preview-panel" aria-hidden="true">
        <div class="widget-preview-header" style={brand}>
          <Avatar name={team} src={draft.avatarUrl} size={40} />
          <div class="widget-preview-titles">
            <strong class="widget-preview-team">{team}</strong>
            {reply && <span class="widget-preview-reply">{reply}</span>}
          </div>
        </div>
        <div class="widget-preview-body">
          <p class="widget-preview-greeting">{greeting}</p>
        </div>
        <div class="widget-preview-composer">
          <span>{translateIn(catalogs, language, 'widget.composer.placeholder')}</span>
          <span class="widget-preview-send" style={brand}>
            ➤
          </span>
        </div>
      </div>
      <div class="widget-preview-launcher" style={brand} aria-hidden="true">
        <svg viewBox="0 0 24 24" width="26" height="26" fill="currentColor" aria-hidden="true">
          <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
        </svg>
      </div>
    </figure>
  );
}
