import type { TriggerHistoryEntry } from './trigger-event.js';
import type { TriggerRule } from './trigger-rule.js';

const dayMs = 24 * 3600 * 1000;

/**
 * True when the rule's capping lets it be shown to this visitor now, given what the visitor
 * has seen (`history`: their trigger events, any order). A dismissed message stays dismissed.
 * @example cappingAllows(rule, history, 'session-1', Date.now())
 */
export function cappingAllows(
  rule: Pick<TriggerRule, 'id' | 'capping'>,
  history: readonly TriggerHistoryEntry[],
  sessionId: string,
  now: number,
): boolean {
  const own = history.filter((e) => e.ruleId === rule.id);
  if (own.some((e) => e.kind === 'dismissed')) return false;
  const shown = own.filter((e) => e.kind === 'shown');
  const capping = rule.capping;
  if (capping.scope === 'visitor') return shown.length === 0;
  if (capping.scope === 'session') return !shown.some((e) => e.sessionId === sessionId);
  return !shown.some((e) => e.at > now - capping.days * dayMs);
}
