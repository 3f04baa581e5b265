import type { Site } from '@parley/shared';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime, formatRelativeTime } from '../time/relative-time.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { CopyButton } from '../ui/copy-button.js';

/** The embed snippet for a site, served by this same server. */
export function snippetOf(siteKey: string, origin: string = location.origin): string {
  return `<script src="${origin}/widget.js" data-site="${siteKey}" async></script>`;
}

/** "Seen on https://shop.example/pricing 3 minutes ago", or "Not seen yet". */
export function InstallStatus({ site, long }: { site: Site; long?: boolean }) {
  const t = useAccountsT();
  const { locale } = useI18n();
  if (!site.lastSeen) return <Badge tone="warning">{long ? t('sites.notSeen') : t('sites.notSeenShort')}</Badge>;
  return (
    <span class="install-seen" title={formatFullTime(site.lastSeen.at, locale)}>
      <Badge tone="success">✓</Badge> {t('sites.seen', { url: site.lastSeen.url, when: formatRelativeTime(site.lastSeen.at, Date.now(), locale) })}
    </span>
  );
}

/** The snippet with its copy button, and the install check with a way to look again. */
export function InstallPanel({ site, onCheck }: { site: Site; onCheck(): void }) {
  const t = useAccountsT();
  const snippet = snippetOf(site.key);
  return (
    <div class="install-panel">
      <p>{t('sites.snippet')}</p>
      <pre class="snippet" aria-label={t('sites.snippetLabel')} tabIndex={0}>
        <code>{snippet}</code>
      </pre>
      <div class="install-actions">
        <CopyButton text={snippet} label={t('sites.copySnippet')} variant="primary" />
      </div>
      <div class="install-check">
        <InstallStatus site={site} long />
        <Button size="small" variant="quiet" onClick={onCheck}>
          {t('sites.checkAgain')}
        </Button>
      </div>
    </div>
  );
}
