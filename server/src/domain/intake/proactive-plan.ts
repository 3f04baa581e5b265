import type { OpeningPlan } from '../proactive/opening-plan.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';

/**
 * Step 2: a first message that answers a proactive message opens the way the rule says (that
 * message first, the rule's department and bot). `null`: no trigger, or its rule is gone.
 */
export async function proactivePlan(
  deps: Pick<IntakeDeps, 'openingPlan'>,
  actor: VisitorActor,
  triggerId: string | undefined,
): Promise<OpeningPlan | null> {
  return triggerId ? deps.openingPlan(actor, triggerId) : null;
}
