import type { Site } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** Chooses the site a page works on; hidden when the workspace has one site. */
export function SitePicker({ sites, siteId, onChange }: { sites: Site[]; siteId: string | null; onChange(id: string): void }) {
  const { t } = useI18n();
  if (sites.length < 2) return null;
  return (
    <label class="site-picker">
      {t('console.site')}{' '}
      <select value={siteId ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
