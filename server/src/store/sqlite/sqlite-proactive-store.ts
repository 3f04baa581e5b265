import type { Database } from 'better-sqlite3';
import type { Announcement, TriggerEventKind, TriggerHistoryEntry, TriggerRule, TriggerStats } from '@parley/shared';
import { countInto, ruleWithDefaults, type ConversationContextRecord, type ProactiveStore, type TriggerEventRecord } from '../proactive-port.js';

interface RuleRow {
  id: string;
  site_id: string;
  name: string;
  enabled: number;
  priority: number;
  body: string;
  created_at: number;
  updated_at: number;
}

interface AnnouncementRow {
  id: string;
  site_id: string;
  text: string;
  url_match: string | null;
  created_at: number;
  recipients: number;
}

/** The proactive part of the SQLite store, on the same database handle. */
export class SqliteProactiveStore implements ProactiveStore {
  private readonly stmt: ReturnType<typeof prepare>;

  constructor(db: Database) {
    this.stmt = prepare(db);
  }

  async listRules(siteId: string): Promise<TriggerRule[]> {
    return (this.stmt.listRules.all(siteId) as RuleRow[]).map(toRule);
  }
  async getRule(id: string): Promise<TriggerRule | null> {
    const row = this.stmt.getRule.get(id) as RuleRow | undefined;
    return row ? toRule(row) : null;
  }
  async saveRule(rule: TriggerRule): Promise<TriggerRule> {
    const { conditions, action, capping, goal } = rule;
    this.stmt.upsertRule.run(
      rule.id,
      rule.siteId,
      rule.name,
      rule.enabled ? 1 : 0,
      rule.priority,
      JSON.stringify({ conditions, action, capping, goal }),
      rule.createdAt,
      rule.updatedAt,
    );
    return rule;
  }
  async deleteRule(id: string): Promise<boolean> {
    return this.stmt.deleteRule.run(id).changes > 0;
  }

  async recordTriggerEvent(e: TriggerEventRecord): Promise<void> {
    this.stmt.insertEvent.run(e.siteId, e.ruleId, e.visitorId, e.sessionId, e.kind, e.at);
  }
  async listTriggerHistory(visitorId: string, since: number): Promise<TriggerHistoryEntry[]> {
    const rows = this.stmt.history.all(visitorId, since) as { rule_id: string; kind: TriggerEventKind; session_id: string | null; at: number }[];
    return rows.map((r) => ({ ruleId: r.rule_id, kind: r.kind, sessionId: r.session_id, at: r.at }));
  }
  async triggerStats(siteId: string): Promise<TriggerStats[]> {
    const stats = new Map<string, TriggerStats>();
    for (const row of this.stmt.stats.all(siteId) as { rule_id: string; kind: TriggerEventKind; n: number }[]) {
      countInto(stats, row.rule_id, row.kind, row.n);
    }
    return [...stats.values()];
  }

  async saveConversationContext(conversationId: string, patch: Partial<ConversationContextRecord>): Promise<void> {
    // One statement that sets only the given parts: two saves at once (the journey when a
    // conversation starts, its trigger) cannot overwrite each other, in this process or another.
    this.stmt.upsertContext.run({
      id: conversationId,
      setTrigger: patch.trigger === undefined ? 0 : 1,
      triggerId: patch.trigger?.ruleId ?? null,
      triggerName: patch.trigger?.name ?? null,
      setJourney: patch.journey === undefined ? 0 : 1,
      journey: JSON.stringify(patch.journey ?? []),
    });
  }
  async getConversationContext(conversationId: string): Promise<ConversationContextRecord | null> {
    const row = this.stmt.getContext.get(conversationId) as
      | { trigger_id: string | null; trigger_name: string | null; journey: string }
      | undefined;
    if (!row) return null;
    return {
      trigger: row.trigger_id ? { ruleId: row.trigger_id, name: row.trigger_name ?? '' } : null,
      journey: JSON.parse(row.journey) as ConversationContextRecord['journey'],
    };
  }

  async setVisitorIdentity(visitorId: string, identity: { name?: string; email?: string }): Promise<void> {
    this.stmt.identify.run(identity.name ?? null, identity.email ?? null, visitorId);
  }

  async saveAnnouncement(a: Announcement): Promise<Announcement> {
    this.stmt.upsertAnnouncement.run(a.id, a.siteId, a.text, a.urlMatch ? JSON.stringify(a.urlMatch) : null, a.createdAt, a.recipients);
    return a;
  }
  async listAnnouncements(siteId: string, limit: number): Promise<Announcement[]> {
    return (this.stmt.listAnnouncements.all(siteId, limit) as AnnouncementRow[]).map((r) => ({
      id: r.id,
      siteId: r.site_id,
      text: r.text,
      urlMatch: r.url_match ? (JSON.parse(r.url_match) as Announcement['urlMatch']) : null,
      createdAt: r.created_at,
      recipients: r.recipients,
    }));
  }
}

function toRule(row: RuleRow): TriggerRule {
  const body = JSON.parse(row.body) as Pick<TriggerRule, 'conditions' | 'action' | 'capping' | 'goal'>;
  return ruleWithDefaults({
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    enabled: row.enabled === 1,
    priority: row.priority,
    ...body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function prepare(db: Database) {
  return {
    listRules: db.prepare('SELECT * FROM trigger_rules WHERE site_id = ? ORDER BY created_at, id'),
    getRule: db.prepare('SELECT * FROM trigger_rules WHERE id = ?'),
    upsertRule: db.prepare(
      `INSERT INTO trigger_rules (id, site_id, name, enabled, priority, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, enabled = excluded.enabled, priority = excluded.priority,
         body = excluded.body, updated_at = excluded.updated_at`,
    ),
    deleteRule: db.prepare('DELETE FROM trigger_rules WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO trigger_events (site_id, rule_id, visitor_id, session_id, kind, at) VALUES (?, ?, ?, ?, ?, ?)'),
    history: db.prepare('SELECT rule_id, kind, session_id, at FROM trigger_events WHERE visitor_id = ? AND at >= ? ORDER BY at, id'),
    stats: db.prepare('SELECT rule_id, kind, COUNT(*) AS n FROM trigger_events WHERE site_id = ? GROUP BY rule_id, kind'),
    upsertContext: db.prepare(
      `INSERT INTO conversation_context (conversation_id, trigger_id, trigger_name, journey) VALUES (@id, @triggerId, @triggerName, @journey)
       ON CONFLICT (conversation_id) DO UPDATE SET
         trigger_id = CASE WHEN @setTrigger THEN excluded.trigger_id ELSE trigger_id END,
         trigger_name = CASE WHEN @setTrigger THEN excluded.trigger_name ELSE trigger_name END,
         journey = CASE WHEN @setJourney THEN excluded.journey ELSE journey END`,
    ),
    getContext: db.prepare('SELECT * FROM conversation_context WHERE conversation_id = ?'),
    identify: db.prepare('UPDATE visitors SET name = COALESCE(?, name), email = COALESCE(?, email) WHERE id = ?'),
    upsertAnnouncement: db.prepare(
      `INSERT INTO announcements (id, site_id, text, url_match, created_at, recipients) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET recipients = excluded.recipients`,
    ),
    listAnnouncements: db.prepare('SELECT * FROM announcements WHERE site_id = ? ORDER BY created_at DESC, id LIMIT ?'),
  };
}
