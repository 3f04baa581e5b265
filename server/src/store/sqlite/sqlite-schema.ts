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
