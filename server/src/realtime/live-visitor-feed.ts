import { LivePatchBatcher } from '../domain/proactive/live-patch-batcher.js';
import type { Proactive } from '../domain/proactive/proactive.js';
import type { AgentNamespace } from './namespaces.js';

/** Room of the consoles watching one site's live list. */
export const liveRoom = (siteId: string) => `live:${siteId}`;

/**
 * Sends live-list changes to the consoles that subscribed to the site, as batched patches
 * (`visitors:patch`), never the whole list. Every process hears every change (a shared list
 * reports other processes' changes too) and tells only its own consoles, so a patch is sent
 * once to each console. Returns the stop function.
 */
export function startLiveVisitorFeed(
  live: Pick<Proactive, 'onLiveChange' | 'liveCount'>,
  agents: AgentNamespace,
  intervalMs = 500,
): () => void {
  const batcher = new LivePatchBatcher(
    (siteId) => (agents.adapter.rooms.get(liveRoom(siteId))?.size ?? 0) > 0,
    (siteId) => live.liveCount(siteId),
    (patch) => agents.local.to(liveRoom(patch.siteId)).emit('visitors:patch', patch),
    intervalMs,
  );
  const unsubscribe = live.onLiveChange((change) => batcher.add(change));
  return () => {
    unsubscribe();
    batcher.stop();
  };
}
