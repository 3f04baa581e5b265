import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Bot } from '@parley/shared';
import { useApi } from './api-context.js';

/** The workspace's bots, loaded once and on `reload()`. */
export function useBots(): { bots: Bot[]; reload(): void } {
  const api = useApi();
  const [bots, setBots] = useState<Bot[]>([]);
  const reload = useCallback(() => {
    api<{ bots: Bot[] }>('GET', '/bots').then(
      (body) => setBots(body.bots),
      () => setBots([]),
    );
  }, [api]);
  useEffect(reload, [reload]);
  return { bots, reload };
}
