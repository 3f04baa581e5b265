import type { Site } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';

/** The visitor's site, which intake's rules read their settings from. */
export async function siteOf(store: Store, siteId: string): Promise<Site> {
  const site = await store.getSite(siteId);
  if (!site) throw notFound('site');
  return site;
}
