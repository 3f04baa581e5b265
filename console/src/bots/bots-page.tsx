import { useEffect, useState } from 'preact/hooks';
import type { Bot, BotCredentials, ErrorBody, Site } from '@parley/shared';
import { useRestClient, type RestResult } from '../api/rest-client.js';
import { useLoad } from '../accounts/use-load.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { CopyButton } from '../ui/copy-button.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { NewBotDrawer, type NewBotInput } from './new-bot-drawer.js';
import { SiteFirstBots, type SiteSetting } from './site-first-bots.js';
import { useBotT } from './use-bot-t.js';

/** Each site of the workspace with its first bot; the shared `Site` type keeps the field names honest. */
async function loadSiteSettings(rest: ReturnType<typeof useRestClient>): Promise<SiteSetting[]> {
  const listed = await rest<{ sites: Site[] }>('GET', '/sites');
  if (!listed.ok) return [];
  return Promise.all(
    listed.data.sites.map(async (site) => {
      const first = await rest<{ botId: string | null }>('GET', `/sites/${encodeURIComponent(site.key)}/bot`);
      return { site, botId: first.ok ? first.data.botId : null };
    }),
  );
}

/** Bots of the workspace: a table with health, a drawer to create one (secrets shown once), rotation, deletion, and each site's first bot. */
export function BotsPage({ admin }: { admin: boolean }) {
  const rest = useRestClient();
  const tb = useBotT();
  const at = useAdminT();
  const toast = useToast();
  const [loaded, reload] = useLoad(() => rest<{ bots: Bot[] }>('GET', '/bots'), [rest]);
  const bots = loaded.state === 'ready' ? loaded.data.bots : [];
  const [sites, setSites] = useState<SiteSetting[]>([]);
  const [secrets, setSecrets] = useState<BotCredentials | null>(null);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [deleting, setDeleting] = useState<Bot | null>(null);
  useEffect(() => {
    void loadSiteSettings(rest).then(setSites);
  }, [rest, loaded]);

  /** Runs a change; a refusal shows as a toast and the list is read again either way. */
  const run = async <T,>(work: Promise<RestResult<T>>): Promise<T | null> => {
    const result = await work;
    reload();
    if (result.ok) return result.data;
    toast(result.error.message, 'danger');
    return null;
  };
  const create = async (input: NewBotInput) => {
    setSaving(true);
    setRefusal(null);
    const result = await rest<BotCredentials>('POST', '/bots', input);
    setSaving(false);
    if (!result.ok) return setRefusal(result.error);
    setSecrets(result.data);
    setCreating(false);
    toast(at('admin.bots.created', { name: input.name }));
    reload();
  };
  const rotate = async (bot: Bot) => {
    const fresh = await run(rest<BotCredentials>('POST', `/bots/${bot.id}/rotate`));
    if (fresh) setSecrets(fresh);
  };
  const remove = async () => {
    if (!deleting) return;
    if (await run(rest('DELETE', `/bots/${deleting.id}`))) toast(at('admin.bots.deleted', { name: deleting.name }));
    setDeleting(null);
  };
  const setFirst = async (siteKey: string, botId: string | null) => {
    if (await run(rest('PUT', `/sites/${encodeURIComponent(siteKey)}/bot`, { botId }))) toast(at('admin.saved'));
  };

  const newButton = admin ? (
    <Button variant="primary" onClick={() => (setRefusal(null), setCreating(true))}>
      {at('admin.bots.new')}
    </Button>
  ) : undefined;
  return (
    <Page title={tb('console.nav.bots')} intro={at('admin.bots.intro')} action={newButton}>
      {secrets && (
        <Notice tone="success" role="status">
          <p>
            <strong>{tb('console.bots.secretOnce')}</strong>
          </p>
          <dl class="bot-secrets">
            <dt>{tb('console.bots.token')}</dt>
            <dd>
              <code>{secrets.token}</code> <CopyButton text={secrets.token} />
            </dd>
            {secrets.webhookSecret && (
              <>
                <dt>{tb('console.bots.secret')}</dt>
                <dd>
                  <code>{secrets.webhookSecret}</code> <CopyButton text={secrets.webhookSecret} />
                </dd>
              </>
            )}
          </dl>
        </Notice>
      )}
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table
          caption={at('admin.bots.caption')}
          columns={[{ label: tb('console.bots.name') }, { label: tb('console.bots.mode') }, { label: at('admin.bots.health') }, { label: at('admin.actions'), actions: true }]}
          empty={
            <EmptyState title={tb('console.bots.empty')} action={newButton}>
              {at('admin.bots.emptyText')}
            </EmptyState>
          }
        >
          {bots.map((bot) => (
            <tr key={bot.id}>
              <Cell label={tb('console.bots.name')}>
                <strong>{bot.name}</strong>
              </Cell>
              <Cell label={tb('console.bots.mode')}>{tb(`console.bots.mode.${bot.mode}`)}</Cell>
              <Cell label={at('admin.bots.health')}>
                <Badge tone={bot.healthy ? 'success' : 'danger'}>{bot.healthy ? tb('console.bots.healthy') : tb('console.bots.unhealthy')}</Badge>
              </Cell>
              <Cell label={at('admin.actions')} actions>
                {admin && bot.mode !== 'knowledge-base' && (
                  <Button size="small" onClick={() => void rotate(bot)} aria-label={at('admin.bots.rotateNamed', { name: bot.name })}>
                    {tb('console.bots.rotate')}
                  </Button>
                )}
                {admin && (
                  <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setDeleting(bot)} aria-label={at('admin.deleteNamed', { name: bot.name })}>
                    {tb('console.bots.delete')}
                  </Button>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <SiteFirstBots sites={sites} bots={bots} admin={admin} onChange={(key, id) => void setFirst(key, id)} />
      {creating && <NewBotDrawer refusal={refusal} saving={saving} onCreate={(input) => void create(input)} onCancel={() => setCreating(false)} />}
      <ConfirmModal
        open={deleting !== null}
        title={at('admin.bots.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={at('admin.bots.deleteConfirm')}
        cancelLabel={at('admin.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{at('admin.bots.deleteBody')}</p>
      </ConfirmModal>
    </Page>
  );
}
