import type { Database } from 'better-sqlite3';

/**
 * Migrations in order; `PRAGMA user_version` records how many have run. Append, never edit:
 * a data file written by an older Parley is upgraded step by step.
 */
const migrations: string[] = [
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    allowed_origins TEXT NOT NULL,
    locale TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE visitors (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    name TEXT,
    email TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    visitor_id TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee_id TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_message TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER
  );
  CREATE INDEX conversations_by_workspace ON conversations (workspace_id, updated_at DESC);
  CREATE INDEX conversations_by_visitor ON conversations (visitor_id, created_at DESC);
  -- At most one conversation that is not closed per visitor, even with racing processes.
  CREATE UNIQUE INDEX conversations_one_active_per_visitor ON conversations (visitor_id) WHERE status != 'closed';
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL,
    client_id TEXT NOT NULL,
    author_type TEXT NOT NULL,
    author_id TEXT,
    author_name TEXT,
    text TEXT NOT NULL,
    internal INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (conversation_id, seq),
    UNIQUE (conversation_id, client_id)
  );
  `,
  // Proactive chat: trigger rules, their funnel events, what a conversation keeps beside its
  // transcript (trigger, journey), announcements.
  `
  CREATE TABLE trigger_rules (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX trigger_rules_by_site ON trigger_rules (site_id, created_at);
  CREATE TABLE trigger_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    visitor_id TEXT NOT NULL,
    session_id TEXT,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX trigger_events_by_visitor ON trigger_events (visitor_id, at);
  CREATE INDEX trigger_events_by_site ON trigger_events (site_id, rule_id, kind);
  CREATE TABLE conversation_context (
    conversation_id TEXT PRIMARY KEY,
    trigger_id TEXT,
    trigger_name TEXT,
    journey TEXT NOT NULL
  );
  CREATE TABLE announcements (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    text TEXT NOT NULL,
    url_match TEXT,
    created_at INTEGER NOT NULL,
    recipients INTEGER NOT NULL
  );
  CREATE INDEX announcements_by_site ON announcements (site_id, created_at DESC);
  `,
];

/** Brings a database up to the newest schema inside one transaction. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`data file schema v${current} is newer than this Parley (v${migrations.length})`);
  }
  db.transaction(() => {
    for (let version = current; version < migrations.length; version++) db.exec(migrations[version]!);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
