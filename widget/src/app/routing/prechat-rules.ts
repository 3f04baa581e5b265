import type { ChatState } from '../chat/chat-state.js';

/** Before any message of a new conversation, with nobody to answer: where things stand. */
export function unanswered(state: ChatState): { withinHours: boolean } | null {
  const active = state.conversation && state.conversation.status !== 'closed';
  if (active || state.outbox.length > 0 || !state.availability) return null;
  const { availability, departmentId } = state;
  const chosen = departmentId ? availability.departments.find((d) => d.id === departmentId) : undefined;
  if (chosen ? chosen.available : availability.available) return null;
  return { withinHours: availability.withinHours };
}

/**
 * The leave-a-message form replaces the composer outside business hours, and once the visitor
 * asked for it (the panel hides the composer while `offlineForm` is not `idle`). Within hours
 * with nobody online it is offered (`showOfflineOffer`): the visitor may still write and wait.
 */
export function showOfflineForm(state: ChatState): boolean {
  if (state.offlineForm === 'sent') return true;
  const where = unanswered(state);
  return where !== null && state.offlineForm !== 'closed' && (!where.withinHours || state.offlineForm !== 'idle');
}

export function showOfflineOffer(state: ChatState): boolean {
  const where = unanswered(state);
  // Within hours it is offered; outside them too once the visitor went back to the chat from it.
  return where !== null && (state.offlineForm === 'closed' || (state.offlineForm === 'idle' && where.withinHours));
}

/** Before the first message, when the site has several departments. */
export function showDepartmentChoice(state: ChatState): boolean {
  const active = state.conversation && state.conversation.status !== 'closed';
  return !active && state.outbox.length === 0 && (state.availability?.departments.length ?? 0) > 1;
}

/**
 * What `offlineForm` should become now: `open` when the form must replace the composer
 * (outside business hours), `idle` again when someone can answer after all; `null`: unchanged.
 */
export function offlineFormStep(state: ChatState): 'open' | 'idle' | null {
  const where = unanswered(state);
  if (where && !where.withinHours && state.offlineForm === 'idle') return 'open';
  if (!where && (state.offlineForm === 'open' || state.offlineForm === 'failed' || state.offlineForm === 'closed')) return 'idle';
  return null;
}
