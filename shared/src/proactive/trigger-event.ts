/**
 * What happened with a trigger for one visitor: the funnel the console reports per rule and
 * the history frequency capping reads.
 * - `shown`: the widget displayed the message; `opened`: the visitor clicked it (or it opened
 *   the panel); `dismissed`: closed with ×, never shown again to that visitor;
 * - `replied`: the visitor answered it (which starts a conversation with the trigger on it);
 * - `conversation`: a conversation started in the same visit after the message was shown;
 * - `goal`: the rule's goal was reached within `goalWindowMs` after it was shown.
 */
export const TriggerEventKind = {
  shown: 'shown',
  opened: 'opened',
  dismissed: 'dismissed',
  replied: 'replied',
  conversation: 'conversation',
  goal: 'goal',
} as const;
export type TriggerEventKind = (typeof TriggerEventKind)[keyof typeof TriggerEventKind];
export const triggerEventKinds = Object.values(TriggerEventKind) as [TriggerEventKind, ...TriggerEventKind[]];

/** Kinds the widget reports; the server records the others itself. */
export const widgetTriggerEventKinds = ['shown', 'opened', 'dismissed'] as const;

/** How long after a rule was shown reaching its goal still counts for it. */
export const goalWindowMs = 7 * 24 * 3600 * 1000;

export interface TriggerHistoryEntry {
  ruleId: string;
  kind: TriggerEventKind;
  /** The visit (browser-tab session) it happened in. */
  sessionId: string | null;
  at: number;
}

/** Per rule: how many times each step of the funnel happened. */
export interface TriggerStats {
  ruleId: string;
  shown: number;
  opened: number;
  dismissed: number;
  replied: number;
  conversations: number;
  goals: number;
}
