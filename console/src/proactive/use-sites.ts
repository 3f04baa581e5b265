import { useEffect, useState } from 'preact/hooks';
import type { Site } from '@parley/shared';
import { restCall } from '../api/rest-client.js';

/** The sites of the agent's workspace, and the one picked (the first until the agent picks). */
export function useSites(token: string): { sites: Site[]; siteId: string | null; setSiteId(id: string): void } {
  const [sites, setSites] = useState<Site[]>([]);
  const [siteId, setSiteId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void restCall<{ sites: Site[] }>(token, 'GET', '/sites').then((result) => {
      if (!live || !result.ok) return;
      setSites(result.data.sites);
      setSiteId((current) => current ?? result.data.sites[0]?.id ?? null);
    });
    return () => void (live = false);
  }, [token]);
  return { sites, siteId, setSiteId };
}
