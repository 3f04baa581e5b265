import { nanoid } from 'nanoid';
import type { Site } from '@parley/shared';
import type { Store } from '../../store/port.js';
import type { RetentionRun } from '../../store/privacy-port.js';
import { settingsOf } from '../routing/site-settings.js';
import { eraseConversation, type ConversationFiles } from './conversation-eraser.js';

const day = 86_400_000;
/** Looked up and deleted this many at a time, so a first run over years of history stays small per call. */
const batch = 100;
/** At most this many conversations per site and run; the rest wait for the next run. */
const perRunCap = 5000;

/**
 * One retention pass over one site, as of `now`: closed conversations whose last activity is
 * more than `retentionDays` old are erased (never one that is not closed), then visitors not
 * seen for as long with no conversation left (and no contact). `null` when the site keeps
 * everything; otherwise the run, recorded in the store's run log before it is returned.
 */
export async function retainSite(store: Store, files: ConversationFiles, site: Site, now: number): Promise<RetentionRun | null> {
  const days = settingsOf(site).retentionDays;
  if (days === null) return null;
  const cutoff = now - days * day;
  const started = performance.now();
  const run: RetentionRun = {
    id: nanoid(),
    workspaceId: site.workspaceId,
    siteId: site.id,
    startedAt: now,
    finishedAt: now,
    retentionDays: days,
    cutoff,
    conversations: 0,
    messages: 0,
    files: 0,
    visitors: 0,
  };
  for (let seen = 0; seen < perRunCap; ) {
    const due = await store.privacy.conversationsDue(site.id, cutoff, batch);
    for (const conversation of due) {
      const erased = await eraseConversation(store, files, conversation);
      run.conversations += erased.conversations;
      run.messages += erased.messages;
      run.files += erased.files;
    }
    seen += due.length;
    if (due.length < batch) break;
  }
  for (let seen = 0; seen < perRunCap; ) {
    const due = await store.privacy.visitorsDue(site.id, cutoff, batch);
    for (const visitorId of due) if (await store.privacy.deleteVisitor(visitorId)) run.visitors++;
    seen += due.length;
    if (due.length < batch) break;
  }
  // On the caller's clock (a test's fixed `now`), moved on by the time the pass took.
  run.finishedAt = now + Math.round(performance.now() - started);
  await store.privacy.recordRetentionRun(run);
  return run;
}
