import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cappingAllows } from './frequency-capping.js';
import { evaluateRule, type PageContext } from './rule-evaluation.js';
import { firstFiringRule, selectRulesForPage, toClientRule } from './rule-selection.js';
import { matchesText } from './text-match.js';
import type { TriggerHistoryEntry } from './trigger-event.js';
import type { TriggerCondition, TriggerRule } from './trigger-rule.js';

const page = (overrides: Partial<PageContext> = {}): PageContext => ({
  url: 'https://shop.test/pricing?plan=pro',
  referrer: 'https://www.google.com/search?q=chat',
  pagesViewed: 1,
  returning: false,
  device: 'desktop',
  language: 'zh-TW',
  withinBusinessHours: true,
  agentsAvailable: true,
  chatting: false,
  ...overrides,
});

let sequence = 0;
const rule = (conditions: TriggerCondition[], overrides: Partial<TriggerRule> = {}): TriggerRule => ({
  id: `r${++sequence}`,
  siteId: 's1',
  name: 'Pricing help',
  enabled: true,
  priority: 0,
  conditions,
  action: { message: { text: 'Questions about plans?', senderName: 'Mei', senderType: 'agent' }, openWidget: false, departmentId: null, botId: null },
  capping: { scope: 'session' },
  goal: null,
  createdAt: sequence,
  updatedAt: sequence,
  ...overrides,
});

const idle = { secondsOnPage: 0, scrollPercent: 0, exitIntent: false };

describe('text matching', () => {
  it('matches a path pattern against a full URL, case-insensitively', () => {
    expect(matchesText({ op: 'wildcard', value: '/pricing*' }, 'https://shop.test/Pricing?plan=pro')).toBe(true);
    expect(matchesText({ op: 'wildcard', value: '/pricing' }, 'https://shop.test/pricing/enterprise')).toBe(false);
    expect(matchesText({ op: 'wildcard', value: '*google.*' }, 'https://www.google.com/search')).toBe(true);
    expect(matchesText({ op: 'equals', value: '/' }, 'https://shop.test')).toBe(true);
    expect(matchesText({ op: 'startsWith', value: '/checkout' }, 'https://shop.test/checkout/pay')).toBe(true);
    expect(matchesText({ op: 'contains', value: 'a.b' }, 'https://shop.test/axb')).toBe(false);
    expect(matchesText({ op: 'contains', value: 'x' }, null)).toBe(false);
  });
});

describe('rule evaluation', () => {
  it('holds only when every condition holds', () => {
    const r = rule([
      { type: 'url', match: { op: 'wildcard', value: '/pricing*' } },
      { type: 'timeOnPage', seconds: 30 },
      { type: 'language', value: 'zh' },
    ]);
    expect(evaluateRule(r, page(), { ...idle, secondsOnPage: 29 })).toBe(false);
    expect(evaluateRule(r, page(), { ...idle, secondsOnPage: 30 })).toBe(true);
    expect(evaluateRule(r, page({ url: 'https://shop.test/about' }), { ...idle, secondsOnPage: 60 })).toBe(false);
    expect(evaluateRule(r, page({ language: 'en-US' }), { ...idle, secondsOnPage: 60 })).toBe(false);
  });

  it('checks each kind of condition', () => {
    const cases: [TriggerCondition, Partial<PageContext>, boolean][] = [
      [{ type: 'referrer', match: { op: 'contains', value: 'google' } }, {}, true],
      [{ type: 'referrer', match: { op: 'contains', value: 'google' } }, { referrer: null }, false],
      [{ type: 'pagesViewed', atLeast: 3 }, { pagesViewed: 2 }, false],
      [{ type: 'pagesViewed', atLeast: 3 }, { pagesViewed: 3 }, true],
      [{ type: 'returning', value: true }, { returning: false }, false],
      [{ type: 'returning', value: false }, { returning: false }, true],
      [{ type: 'device', value: 'mobile' }, { device: 'desktop' }, false],
      [{ type: 'language', value: 'zh-TW' }, { language: 'zh-CN' }, false],
      [{ type: 'businessHours' }, { withinBusinessHours: false }, false],
      [{ type: 'agentsAvailable' }, { agentsAvailable: false }, false],
      [{ type: 'agentsAvailable' }, {}, true],
    ];
    for (const [condition, context, expected] of cases) {
      expect(evaluateRule(rule([condition]), page(context), idle), JSON.stringify([condition, context])).toBe(expected);
    }
  });

  it('never fires while the visitor is chatting, or when disabled', () => {
    expect(evaluateRule(rule([]), page({ chatting: true }), idle)).toBe(false);
    expect(evaluateRule(rule([], { enabled: false }), page(), idle)).toBe(false);
  });

  it('leaves time, scroll and exit intent to the widget, which fires the best rule whose page conditions hold', () => {
    const later = rule([{ type: 'timeOnPage', seconds: 30 }], { priority: 1 });
    const exit = rule([{ type: 'exitIntent' }], { priority: 5 });
    const scroll = rule([{ type: 'scrollDepth', percent: 50 }]);
    const selected = selectRulesForPage([later, exit, scroll], page(), [], 'v1', 0).map(toClientRule);
    expect(selected.map((r) => r.id)).toEqual([exit.id, later.id, scroll.id]);
    expect(firstFiringRule(selected, 10_000, 0, false)).toBeUndefined();
    expect(firstFiringRule(selected, 10_000, 60, false)?.id).toBe(scroll.id);
    expect(firstFiringRule(selected, 30_000, 60, false)?.id).toBe(later.id);
    expect(firstFiringRule(selected, 1_000, 0, true)?.id).toBe(exit.id);
  });
});

describe('frequency capping (clock controlled)', () => {
  const start = new Date('2025-03-01T09:00:00Z').getTime();
  const day = 24 * 3600 * 1000;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  const shown = (ruleId: string, sessionId: string): TriggerHistoryEntry => ({ ruleId, kind: 'shown', sessionId, at: Date.now() });

  it('once per session: again in a new session, not in the same one', () => {
    const r = rule([], { capping: { scope: 'session' } });
    const history = [shown(r.id, 'tab-a')];
    vi.advanceTimersByTime(60_000);
    expect(cappingAllows(r, history, 'tab-a', Date.now())).toBe(false);
    expect(cappingAllows(r, history, 'tab-b', Date.now())).toBe(true);
  });

  it('once per visitor: never again, whatever the session or the date', () => {
    const r = rule([], { capping: { scope: 'visitor' } });
    const history = [shown(r.id, 'tab-a')];
    vi.advanceTimersByTime(400 * day);
    expect(cappingAllows(r, history, 'tab-z', Date.now())).toBe(false);
    expect(cappingAllows(r, [], 'tab-z', Date.now())).toBe(true);
  });

  it('once per N days: blocked until N days have passed since it was shown', () => {
    const r = rule([], { capping: { scope: 'days', days: 3 } });
    const history = [shown(r.id, 'tab-a')];
    vi.advanceTimersByTime(3 * day - 1000);
    expect(cappingAllows(r, history, 'tab-b', Date.now())).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(cappingAllows(r, history, 'tab-b', Date.now())).toBe(true);
  });

  it('a dismissed message stays dismissed, and other rules are not affected', () => {
    const r = rule([], { capping: { scope: 'days', days: 1 } });
    const other = rule([], { capping: { scope: 'days', days: 1 } });
    const history: TriggerHistoryEntry[] = [shown(r.id, 'tab-a'), { ruleId: r.id, kind: 'dismissed', sessionId: 'tab-a', at: Date.now() }];
    vi.advanceTimersByTime(30 * day);
    expect(cappingAllows(r, history, 'tab-q', Date.now())).toBe(false);
    expect(cappingAllows(other, history, 'tab-q', Date.now())).toBe(true);
  });

  it('selection drops capped rules and keeps the rest in priority order', () => {
    const capped = rule([], { priority: 10, capping: { scope: 'session' } });
    const fresh = rule([], { priority: 1 });
    const history = [shown(capped.id, 'tab-a')];
    vi.advanceTimersByTime(5_000);
    expect(selectRulesForPage([fresh, capped], page(), history, 'tab-a', Date.now()).map((r) => r.id)).toEqual([fresh.id]);
    expect(selectRulesForPage([fresh, capped], page(), history, 'tab-b', Date.now()).map((r) => r.id)).toEqual([capped.id, fresh.id]);
  });
});
