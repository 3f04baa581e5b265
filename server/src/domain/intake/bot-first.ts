import type { OpeningPlan } from '../proactive/opening-plan.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';

/**
 * Step 3, bots first: the rule's bot or the site's first bot, while it can answer, holds the
 * conversation from its start; `null` sends it to routing's queue.
 */
export async function botFirst(deps: Pick<IntakeDeps, 'firstHolder'>, actor: VisitorActor, plan: OpeningPlan | null): Promise<string | null> {
  return deps.firstHolder(actor.siteId, plan?.botId ? { botId: plan.botId, workspaceId: actor.workspaceId } : undefined);
}
