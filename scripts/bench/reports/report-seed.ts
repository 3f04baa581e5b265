import BetterSqlite3 from 'better-sqlite3';
import { reportFoldBackfill } from '@parley/server';

/** A workspace of the reports benchmark: its ids, and the range its conversations fill. */
export interface SeededWorkspace {
  workspaceId: string;
  siteId: string;
  agentIds: string[];
  from: number;
  days: number;
  conversations: number;
  events: number;
}

/**
 * Fills a SQLite data file the store has already migrated with `conversations` conversations
 * spread over `days` days and ten events each (created, queued, assigned, first response, a
 * transfer and an escalation or (one in four) a reopen and a second close, a breach, a rating): one transaction on a
 * connection of its own, because a million inserts through the store's API one by one would
 * take minutes and measure nothing the report reads. The folded rows the store keeps per
 * conversation (`conversation_report`) are filled at the end by the store's own backfill.
 */
export function seedReportData(file: string, conversations: number, days: number, from: number): SeededWorkspace {
  const db = new BetterSqlite3(file);
  const workspaceId = 'bench-ws';
  const siteId = 'bench-site';
  const agentIds = Array.from({ length: 20 }, (_, i) => `bench-agent-${i}`);
  let events = 0;
  db.transaction(() => {
    db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(workspaceId, 'Bench', from);
    db.prepare('INSERT INTO sites (id, workspace_id, key, name, allowed_origins, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(siteId, workspaceId, 'bench', 'Bench', '[]', null, from);
    const agent = db.prepare("INSERT INTO agents (id, workspace_id, email, name, role, capacity, password_hash, created_at) VALUES (?, ?, ?, ?, 'agent', 5, 'x', ?)");
    for (const id of agentIds) agent.run(id, workspaceId, `${id}@bench.test`, id, from);
    const visitor = db.prepare('INSERT INTO visitors (id, site_id, name, email, created_at, last_seen_at) VALUES (?, ?, NULL, NULL, ?, ?)');
    const conversation = db.prepare(
      `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, status, assignee_id, last_seq, created_at, updated_at, closed_at, first_response_at, rating)
       VALUES (?, ?, ?, ?, 'closed', ?, 0, ?, ?, ?, ?, ?)`,
    );
    const event = db.prepare('INSERT INTO conversation_events (conversation_id, workspace_id, site_id, kind, at, agent_id, department_id, data) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
    const span = days * 86_400_000;
    for (let i = 0; i < conversations; i++) {
      const id = `c${i}`;
      const created = from + Math.floor((i / conversations) * span);
      const agentId = agentIds[i % agentIds.length]!;
      // One visitor in three comes back: their conversations share a visitor.
      const visitorId = `v${i % 3 === 0 ? i - (i % 6) : i}`;
      if (i % 3 !== 0 || i % 6 === 0) visitor.run(visitorId, siteId, created, created);
      const wait = 5_000 + (i % 120) * 1000;
      const first = wait + 10_000 + (i % 60) * 1000;
      const close = first + 300_000 + (i % 50) * 60_000;
      const rating = i % 4 === 0 ? JSON.stringify({ score: 1 + (i % 5), comment: null, ratedAt: created + close + 1000 }) : null;
      conversation.run(id, workspaceId, siteId, visitorId, agentId, created, created + close, created + close, created + first, rating);
      const add = (kind: string, at: number, data = '{}') => {
        event.run(id, workspaceId, siteId, kind, created + at, agentId, data);
        events++;
      };
      add('created', 0);
      add('queued', 1);
      add('assigned', wait);
      add('first_response', first, '{"authorType":"agent"}');
      if (i % 4 === 0) {
        // One in four is reopened and closed again.
        add('resolved', close);
        add('reopened', close + 60_000);
        add('assigned', close + 61_000);
        add('resolved', close + 120_000);
      } else {
        // The rest are transferred and escalated once, then closed: the report looks for their visitor's return.
        add('transferred', first + 1000);
        add('assigned', first + 2000);
        add('escalated', first + 3000);
        add('resolved', close);
      }
      add('sla_breached', close + 130_000);
      add('rated', close + 140_000, '{"score":4}');
    }
    // The store folds each event as it appends it; rows written here are folded in one pass.
    db.exec(reportFoldBackfill);
  })();
  db.close();
  return { workspaceId, siteId, agentIds, from, days, conversations, events };
}
