import { cappingAllows } from './frequency-capping.js';
import { serverConditionsHold, type PageContext } from './rule-evaluation.js';
import type { TriggerHistoryEntry } from './trigger-event.js';
import type { SenderType, TriggerRule } from './trigger-rule.js';

/**
 * A rule as the widget receives it at a page view: what is left to check on the page and what
 * to show. Short field names: it travels on every page view of every visitor.
 */
export interface ClientRule {
  id: string;
  /** The message, and who it is from. */
  text: string;
  name: string;
  by: SenderType;
  /** Open the panel instead of the preview bubble. */
  open: boolean;
  /** Seconds on the page before it may show (0: at once). */
  t: number;
  /** Scroll depth in percent it needs (0: none). */
  s: number;
  /** Shows only on exit intent. */
  x: boolean;
}

/**
 * The rules that may still fire on this page for this visitor, best first: enabled, every
 * condition the server can settle holds, capping allows, the visitor is not chatting.
 * Priority decides (higher first), then the older rule.
 * @example selectRulesForPage(rules, page, history, sessionId, Date.now()).map(toClientRule)
 */
export function selectRulesForPage(
  rules: readonly TriggerRule[],
  page: PageContext,
  history: readonly TriggerHistoryEntry[],
  sessionId: string,
  now: number,
): TriggerRule[] {
  return rules
    .filter((rule) => rule.enabled && serverConditionsHold(rule, page) && cappingAllows(rule, history, sessionId, now))
    .sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt);
}

/** The widget's half of a rule: its time, scroll and exit-intent conditions, and its message. */
export function toClientRule(rule: TriggerRule): ClientRule {
  let t = 0;
  let s = 0;
  let x = false;
  for (const c of rule.conditions) {
    if (c.type === 'timeOnPage') t = Math.max(t, c.seconds);
    else if (c.type === 'scrollDepth') s = Math.max(s, c.percent);
    else if (c.type === 'exitIntent') x = true;
  }
  const { text, senderName, senderType } = rule.action.message;
  return { id: rule.id, text, name: senderName, by: senderType, open: rule.action.openWidget, t, s, x };
}

/**
 * The first rule (they arrive best first) whose page conditions hold now: `ms` on the page,
 * deepest `scroll` percent, whether the pointer left towards the browser's chrome (`exit`).
 */
export function firstFiringRule(rules: readonly ClientRule[], ms: number, scroll: number, exit: boolean): ClientRule | undefined {
  return rules.find((r) => ms >= r.t * 1000 && scroll >= r.s && (exit || !r.x));
}
