import type { Bot, Site } from '@parley/shared';
import { Field } from '../ui/field.js';
import { Card } from '../ui/page.js';
import { Select } from '../ui/select.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { useBotT } from './use-bot-t.js';

/** A site (as `GET /sites` answers it) and the bot it puts first (`GET /sites/{key}/bot`). */
export interface SiteSetting {
  site: Pick<Site, 'key' | 'name'>;
  botId: string | null;
}

/** Each site's first bot: the bot that answers new chats there before people do (admins change it). */
export function SiteFirstBots({ sites, bots, admin, onChange }: { sites: SiteSetting[]; bots: Bot[]; admin: boolean; onChange(siteKey: string, botId: string | null): void }) {
  const tb = useBotT();
  const at = useAdminT();
  if (sites.length === 0) return null;
  return (
    <Card title={at('admin.bots.firstTitle')}>
      <p class="ui-card-intro">{at('admin.bots.firstIntro')}</p>
      <div class="site-first-bots">
        {sites.map(({ site, botId }) => (
          <Field key={site.key} label={tb('console.bots.firstOn', { site: site.name })}>
            {(c) => (
              <Select
                {...c}
                disabled={!admin}
                value={botId ?? ''}
                options={[{ value: '', label: tb('console.bots.none') }, ...bots.map((b) => ({ value: b.id, label: b.name }))]}
                onValue={(v) => onChange(site.key, v || null)}
              />
            )}
          </Field>
        ))}
      </div>
    </Card>
  );
}
