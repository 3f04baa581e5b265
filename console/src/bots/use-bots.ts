import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Bot } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';

/** The workspace's bots, loaded once and on `reload()`. */
export function useBots(): { bots: Bot[]; reload(): void } {
  const rest = useRestClient();
  const [bots, setBots] = useState<Bot[]>([]);
  const reload = useCallback(() => {
    void rest<{ bots: Bot[] }>('GET', '/bots').then((r) => setBots(r.ok ? r.data.bots : []));
  }, [rest]);
  useEffect(reload, [reload]);
  return { bots, reload };
}
