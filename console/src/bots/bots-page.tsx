import { useEffect, useState } from 'preact/hooks';
import { botModes, type Bot, type BotCredentials, type BotMode, type Site } from '@parley/shared';
import { useRestClient, type RestResult } from '../api/rest-client.js';
import { useBotT } from './use-bot-t.js';
import { useBots } from './use-bots.js';

/** A site (as `GET /sites` answers it) and the bot it puts first (`GET /sites/{key}/bot`). */
interface SiteSetting {
  site: Pick<Site, 'key' | 'name'>;
  botId: string | null;
}

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

/** Bots of the workspace: health, creation (secrets shown once), rotation, deletion, and each site's first bot. */
export function BotsPage({ admin }: { admin: boolean }) {
  const rest = useRestClient();
  const tb = useBotT();
  const { bots, reload } = useBots();
  const [sites, setSites] = useState<SiteSetting[]>([]);
  const [secrets, setSecrets] = useState<BotCredentials | null>(null);
  const [error, setError] = useState('');
  const run = (work: () => Promise<RestResult<unknown>>) => () => {
    setError('');
    void work().then((result) => (result.ok ? reload() : setError(result.error.message)));
  };
  /** Shows a new bot's secrets (once) when the server made them. */
  const keepSecrets = (result: RestResult<BotCredentials>) => {
    if (result.ok) setSecrets(result.data);
    return result;
  };
  useEffect(() => {
    void loadSiteSettings(rest).then(setSites);
  }, [rest, bots]);

  return (
    <section class="admin-page" aria-label={tb('console.nav.bots')}>
      <h1>{tb('console.nav.bots')}</h1>
      {error && <p role="alert" class="admin-error">{error}</p>}
      {secrets && (
        <div class="secrets" role="status">
          <p>{tb('console.bots.secretOnce')}</p>
          <dl>
            <dt>{tb('console.bots.token')}</dt>
            <dd><code>{secrets.token}</code></dd>
            <dt>{tb('console.bots.secret')}</dt>
            <dd><code>{secrets.webhookSecret}</code></dd>
          </dl>
        </div>
      )}
      {bots.length === 0 ? (
        <p>{tb('console.bots.empty')}</p>
      ) : (
        <table class="admin-table">
          <tbody>
            {bots.map((bot) => (
              <BotRow
                key={bot.id}
                bot={bot}
                admin={admin}
                onRotate={run(async () => keepSecrets(await rest<BotCredentials>('POST', `/bots/${bot.id}/rotate`)))}
                onDelete={run(() => rest('DELETE', `/bots/${bot.id}`))}
              />
            ))}
          </tbody>
        </table>
      )}
      {sites.map(({ site, botId }) => (
        <label key={site.key} class="admin-field">
          {tb('console.bots.firstOn', { site: site.name })}
          <select
            disabled={!admin}
            value={botId ?? ''}
            onChange={(e) => run(() => rest('PUT', `/sites/${encodeURIComponent(site.key)}/bot`, { botId: (e.target as HTMLSelectElement).value || null }))()}
          >
            <option value="">{tb('console.bots.none')}</option>
            {bots.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      {admin && <NewBotForm onCreate={(input) => run(async () => keepSecrets(await rest<BotCredentials>('POST', '/bots', input)))()} />}
    </section>
  );
}

function BotRow({ bot, admin, onRotate, onDelete }: { bot: Bot; admin: boolean; onRotate(): void; onDelete(): void }) {
  const tb = useBotT();
  return (
    <tr>
      <td>{bot.name}</td>
      <td>{tb(`console.bots.mode.${bot.mode}`)}</td>
      <td class={bot.healthy ? 'health ok' : 'health failing'}>{bot.healthy ? tb('console.bots.healthy') : tb('console.bots.unhealthy')}</td>
      <td>
        {admin && bot.mode !== 'knowledge-base' && (
          <button type="button" class="button subtle" onClick={onRotate}>
            {tb('console.bots.rotate')}
          </button>
        )}
        {admin && (
          <button type="button" class="button subtle" onClick={onDelete}>
            {tb('console.bots.delete')}
          </button>
        )}
      </td>
    </tr>
  );
}

function NewBotForm({ onCreate }: { onCreate(input: object): void }) {
  const tb = useBotT();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<BotMode>('socket');
  const [avatarUrl, setAvatarUrl] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [seconds, setSeconds] = useState('30');
  return (
    <form
      class="admin-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCreate({
          name,
          mode,
          avatarUrl: avatarUrl || null,
          webhookUrl: mode === 'webhook' ? webhookUrl : null,
          answerTimeoutMs: Math.round(Number(seconds) * 1000),
        });
      }}
    >
      <label class="admin-field">
        {tb('console.bots.name')}
        <input required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label class="admin-field">
        {tb('console.bots.mode')}
        <select value={mode} onChange={(e) => setMode((e.target as HTMLSelectElement).value as BotMode)}>
          {botModes.map((m) => (
            <option key={m} value={m}>
              {tb(`console.bots.mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {mode === 'webhook' && (
        <label class="admin-field">
          {tb('console.bots.webhookUrl')}
          <input type="url" required value={webhookUrl} onInput={(e) => setWebhookUrl((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <label class="admin-field">
        {tb('console.bots.avatar')}
        <input type="url" value={avatarUrl} onInput={(e) => setAvatarUrl((e.target as HTMLInputElement).value)} />
      </label>
      <label class="admin-field">
        {tb('console.bots.timeout')}
        <input type="number" min="1" value={seconds} onInput={(e) => setSeconds((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="button primary">
        {tb('console.bots.create')}
      </button>
    </form>
  );
}
