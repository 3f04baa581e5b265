import type {
  Announcement,
  ConversationTrigger,
  JourneyPage,
  TriggerEventKind,
  TriggerHistoryEntry,
  TriggerRule,
  TriggerStats,
} from '@parley/shared';

/** One step of a trigger's funnel for one visitor, as stored. */
export interface TriggerEventRecord extends TriggerHistoryEntry {
  siteId: string;
  visitorId: string;
  kind: TriggerEventKind;
}

/** What a conversation keeps beside its transcript: the trigger it started from and the visitor's pages. */
export interface ConversationContextRecord {
  trigger: ConversationTrigger | null;
  journey: JourneyPage[];
}

/**
 * Storage for proactive chat: trigger rules, their funnel events, conversation context
 * (trigger and journey), announcements. A part of the store (`store.proactive`), sharing its
 * database; both adapters pass the contract in `test/store-contract/proactive-store-contract.ts`.
 * Live visitors are not stored: they are kept in memory (see domain/proactive/live-visitors.ts).
 */
export interface ProactiveStore {
  /** The site's rules, oldest first. */
  listRules(siteId: string): Promise<TriggerRule[]>;
  getRule(id: string): Promise<TriggerRule | null>;
  /** Inserts or replaces by id. */
  saveRule(rule: TriggerRule): Promise<TriggerRule>;
  /** False when there was no such rule. */
  deleteRule(id: string): Promise<boolean>;

  recordTriggerEvent(event: TriggerEventRecord): Promise<void>;
  /** The visitor's trigger events since `since`, oldest first. */
  listTriggerHistory(visitorId: string, since: number): Promise<TriggerHistoryEntry[]>;
  /** Funnel counts per rule of the site (rules with no events are left out). */
  triggerStats(siteId: string): Promise<TriggerStats[]>;

  /** Sets what is given, keeps the rest. */
  saveConversationContext(conversationId: string, patch: Partial<ConversationContextRecord>): Promise<void>;
  getConversationContext(conversationId: string): Promise<ConversationContextRecord | null>;

  /** `Parley('identify', ...)`: what the page says the visitor is called. */
  setVisitorIdentity(visitorId: string, identity: { name?: string; email?: string }): Promise<void>;

  saveAnnouncement(announcement: Announcement): Promise<Announcement>;
  /** Newest first. */
  listAnnouncements(siteId: string, limit: number): Promise<Announcement[]>;
}

/** Adds one event's count to a rule's stats row. */
export function countInto(stats: Map<string, TriggerStats>, ruleId: string, kind: TriggerEventKind, count: number): void {
  let row = stats.get(ruleId);
  if (!row) stats.set(ruleId, (row = { ruleId, shown: 0, opened: 0, dismissed: 0, replied: 0, conversations: 0, goals: 0 }));
  const field = kind === 'conversation' ? 'conversations' : kind === 'goal' ? 'goals' : kind;
  row[field] += count;
}

/**
 * A rule as both adapters read it back: actions stored before a field existed get its default
 * (rules are kept whole, as JSON or a document, so an old one simply lacks the field).
 */
export function ruleWithDefaults(rule: TriggerRule): TriggerRule {
  const action: Partial<TriggerRule['action']> = rule.action;
  return { ...rule, action: { ...rule.action, departmentId: action.departmentId ?? null, botId: action.botId ?? null } };
}
