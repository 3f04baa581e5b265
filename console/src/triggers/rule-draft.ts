import type { TriggerCondition, TriggerConditionType, TriggerRule, TriggerRuleFields } from '@parley/shared';

/** A rule as the editor holds it: the fields an admin sets, without ids and times. */
export type RuleDraft = TriggerRuleFields;

/** Condition types the editor offers (not chatting is built into every rule). */
export const editableConditionTypes = [
  'url',
  'referrer',
  'timeOnPage',
  'pagesViewed',
  'returning',
  'scrollDepth',
  'exitIntent',
  'device',
  'language',
  'businessHours',
  'agentsAvailable',
] as const satisfies readonly TriggerConditionType[];

/** A new condition of `type` with sensible starting values. */
export function defaultCondition(type: TriggerConditionType): TriggerCondition {
  switch (type) {
    case 'url':
    case 'referrer':
      return { type, match: { op: 'contains', value: type === 'url' ? '/pricing' : 'google' } };
    case 'timeOnPage':
      return { type, seconds: 30 };
    case 'pagesViewed':
      return { type, atLeast: 3 };
    case 'returning':
      return { type, value: true };
    case 'scrollDepth':
      return { type, percent: 50 };
    case 'device':
      return { type, value: 'desktop' };
    case 'language':
      return { type, value: 'zh' };
    default:
      return { type };
  }
}

export function emptyDraft(): RuleDraft {
  return {
    name: '',
    enabled: true,
    priority: 0,
    conditions: [defaultCondition('url'), defaultCondition('timeOnPage')],
    action: { message: { text: '', senderName: '', senderType: 'agent' }, openWidget: false, departmentId: null, botId: null },
    capping: { scope: 'session' },
    goal: null,
  };
}

export function draftOf(rule: TriggerRule): RuleDraft {
  const { name, enabled, priority, conditions, action, capping, goal } = rule;
  return { name, enabled, priority, conditions, action, capping, goal };
}
