import { clientConditionTypes, type DeviceType, type TriggerCondition, type TriggerRule } from './trigger-rule.js';
import { matchesText } from './text-match.js';

/** What the server knows of a visitor at a page view. */
export interface PageContext {
  url: string;
  referrer: string | null;
  /** Pages viewed in this visit, this one included. */
  pagesViewed: number;
  returning: boolean;
  device: DeviceType;
  /** The browser's language (`navigator.language`). */
  language: string | null;
  withinBusinessHours: boolean;
  agentsAvailable: boolean;
  /** The visitor has a conversation that is not closed. */
  chatting: boolean;
}

/** What the widget measures on the page. */
export interface Engagement {
  secondsOnPage: number;
  /** Deepest scroll on this page, 0–100. */
  scrollPercent: number;
  exitIntent: boolean;
}

const clientTypes: ReadonlySet<string> = new Set(clientConditionTypes);

/** True for the conditions the widget checks (time, scroll, exit intent). */
export function isClientCondition(condition: TriggerCondition): boolean {
  return clientTypes.has(condition.type);
}

/** One condition against the page context; client conditions need `engagement`. */
export function conditionHolds(condition: TriggerCondition, page: PageContext, engagement: Engagement): boolean {
  switch (condition.type) {
    case 'url':
      return matchesText(condition.match, page.url);
    case 'referrer':
      return matchesText(condition.match, page.referrer);
    case 'timeOnPage':
      return engagement.secondsOnPage >= condition.seconds;
    case 'pagesViewed':
      return page.pagesViewed >= condition.atLeast;
    case 'returning':
      return page.returning === condition.value;
    case 'scrollDepth':
      return engagement.scrollPercent >= condition.percent;
    case 'exitIntent':
      return engagement.exitIntent;
    case 'device':
      return page.device === condition.value;
    case 'language':
      return languageMatches(condition.value, page.language);
    case 'businessHours':
      return page.withinBusinessHours;
    case 'agentsAvailable':
      return page.agentsAvailable;
    case 'notChatting':
      return !page.chatting;
  }
}

/**
 * The server's half: every condition it can settle at a page view holds, and the visitor is
 * not chatting (never interrupt a conversation). Time, scroll and exit intent are left to the widget.
 */
export function serverConditionsHold(rule: TriggerRule, page: PageContext): boolean {
  if (page.chatting) return false;
  return rule.conditions.every((c) => isClientCondition(c) || conditionHolds(c, page, noEngagement));
}

/**
 * The whole rule for one moment of a visit (the console's preview uses this).
 * @example evaluateRule(rule, page, { secondsOnPage: 31, scrollPercent: 0, exitIntent: false })
 */
export function evaluateRule(rule: TriggerRule, page: PageContext, engagement: Engagement): boolean {
  return rule.enabled && !page.chatting && rule.conditions.every((c) => conditionHolds(c, page, engagement));
}

const noEngagement: Engagement = { secondsOnPage: 0, scrollPercent: 0, exitIntent: false };

/** `zh` matches `zh-CN`; `zh-TW` matches `zh-TW` and `zh-Hant-TW`'s region only when written the same. */
function languageMatches(prefix: string, language: string | null): boolean {
  if (!language) return false;
  const want = prefix.toLowerCase();
  const have = language.toLowerCase().replace(/_/g, '-');
  return have === want || have.startsWith(`${want}-`);
}
