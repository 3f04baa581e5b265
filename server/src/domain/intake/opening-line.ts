import type { Conversation } from '@parley/shared';
import type { OpeningPlan } from '../proactive/opening-plan.js';
import type { IntakeDeps } from './intake-deps.js';

/**
 * Step 6: a conversation opened by answering a proactive message starts with that message. Its
 * clientId is derived from the visitor's, so a retry never stores it twice; no origin: every tab
 * of the visitor, the sending one too, needs it (it is not in the ack).
 */
export async function openingLine(
  deps: Pick<IntakeDeps, 'conversations'>,
  conversation: Conversation,
  plan: OpeningPlan,
  visitorClientId: string,
  at: number,
): Promise<void> {
  await plan.opened(conversation);
  await deps.conversations.append(conversation.id, plan.message.author, { clientId: `${visitorClientId}-t`, text: plan.message.text }, at, undefined);
}
