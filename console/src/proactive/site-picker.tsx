import type { Site } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { Select } from '../ui/select.js';

/** Chooses the site a page works on, in a bar under the page's heading; hidden when the workspace has one site. */
export function SitePicker({ sites, siteId, onChange }: { sites: Site[]; siteId: string | null; onChange(id: string): void }) {
  const { t } = useI18n();
  if (sites.length < 2) return null;
  return (
    <div class="page-toolbar">
      <label class="site-picker">
        <span class="ui-field-label">{t('console.site')}</span>
        <Select value={siteId ?? ''} options={sites.map((s) => ({ value: s.id, label: s.name }))} onValue={onChange} />
      </label>
    </div>
  );
}
