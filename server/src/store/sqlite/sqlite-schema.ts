import type { Database } from 'better-sqlite3';
import { reportFoldMigration } from './sqlite-report-fold.js';

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
  // Bots and the knowledge base: who holds a conversation (an agent or a bot), bot accounts,
  // each site's first bot, the webhook outbox, resolutions, articles.
  `
  ALTER TABLE conversations ADD COLUMN bot_id TEXT;
  CREATE INDEX conversations_by_bot ON conversations (bot_id, updated_at DESC) WHERE bot_id IS NOT NULL;
  CREATE TABLE bots (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    avatar_url TEXT,
    mode TEXT NOT NULL,
    webhook_url TEXT,
    answer_timeout_ms INTEGER NOT NULL,
    healthy INTEGER NOT NULL DEFAULT 1,
    token_hash TEXT NOT NULL,
    webhook_secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX bots_by_workspace ON bots (workspace_id, created_at);
  CREATE TABLE site_bots (
    site_id TEXT PRIMARY KEY REFERENCES sites(id),
    bot_id TEXT NOT NULL
  );
  CREATE TABLE bot_deliveries (
    id TEXT PRIMARY KEY,
    bot_id TEXT NOT NULL,
    event TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX bot_deliveries_due ON bot_deliveries (status, next_attempt_at);
  CREATE INDEX bot_deliveries_by_bot ON bot_deliveries (bot_id, created_at);
  CREATE TABLE conversation_resolutions (
    conversation_id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX resolutions_by_workspace ON conversation_resolutions (workspace_id, kind);
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    keywords TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX articles_by_workspace ON articles (workspace_id, created_at);
  `,
  // Routing: agent status and presence, departments, the queue's columns, service-level
  // marks, and the conversation event log that reports are computed from.
  `
  ALTER TABLE agents ADD COLUMN status TEXT NOT NULL DEFAULT 'online';
  ALTER TABLE agents ADD COLUMN connected INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE agents ADD COLUMN last_assigned_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE sites ADD COLUMN settings TEXT;
  ALTER TABLE conversations ADD COLUMN department_id TEXT;
  ALTER TABLE conversations ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN queued_at INTEGER;
  ALTER TABLE conversations ADD COLUMN assigned_at INTEGER;
  ALTER TABLE conversations ADD COLUMN first_response_at INTEGER;
  ALTER TABLE conversations ADD COLUMN offline INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN locale TEXT;
  ALTER TABLE conversations ADD COLUMN sla_breaches INTEGER NOT NULL DEFAULT 0;
  -- The queue: waiting, unassigned, highest priority then oldest first.
  CREATE INDEX conversations_queue ON conversations (workspace_id, priority DESC, queued_at, id)
    WHERE status = 'waiting' AND assignee_id IS NULL AND queued_at IS NOT NULL;
  -- An agent's load: the capacity check counts these inside the claim.
  CREATE INDEX conversations_by_assignee ON conversations (assignee_id, status);
  CREATE INDEX conversations_active ON conversations (status) WHERE status != 'closed';
  CREATE TABLE departments (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    escalates_to_id TEXT,
    hours TEXT,
    member_ids TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX departments_by_workspace ON departments (workspace_id, created_at);
  CREATE TABLE conversation_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL,
    agent_id TEXT,
    department_id TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX conversation_events_by_conversation ON conversation_events (conversation_id, seq);
  CREATE INDEX conversation_events_by_kind ON conversation_events (workspace_id, kind, at);
  `,
  `
  CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    workspace_id TEXT,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    idempotency_key TEXT UNIQUE,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
  );
  CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
  CREATE INDEX mail_outbox_by_workspace ON mail_outbox (workspace_id, status, created_at);
  `,
  // Accounts: people's account state and token versions, sites' look, install check and
  // deletion, the one-time first run, invitations, password resets, API keys.
  `
  ALTER TABLE agents ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE agents ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE agents ADD COLUMN avatar_url TEXT;
  ALTER TABLE agents ADD COLUMN language TEXT;
  ALTER TABLE sites ADD COLUMN appearance TEXT;
  ALTER TABLE sites ADD COLUMN last_seen_url TEXT;
  ALTER TABLE sites ADD COLUMN last_seen_at INTEGER;
  ALTER TABLE sites ADD COLUMN deleted_at INTEGER;
  CREATE TABLE first_run (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at INTEGER NOT NULL
  );
  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    department_ids TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    invited_by_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER
  );
  -- One open invitation per person and workspace.
  CREATE UNIQUE INDEX invitations_open_by_email ON invitations (workspace_id, email) WHERE accepted_at IS NULL;
  CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_by_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
  );
  CREATE INDEX api_keys_by_workspace ON api_keys (workspace_id, created_at);
  `,
  // Knowledge search: articles' translation groups, each workspace's synonym groups, and a
  // revision every article or synonym write moves (processes compare it to their index).
  `
  ALTER TABLE articles ADD COLUMN translation_group TEXT;
  CREATE TABLE knowledge_settings (
    workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id),
    synonyms TEXT NOT NULL DEFAULT '[]',
    revision INTEGER NOT NULL DEFAULT 0
  );
  `,
  // The live conversation (issue 13): seen marks, ratings, attachments, pre-chat answers.
  `
  ALTER TABLE conversations ADD COLUMN agent_read_seq INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN visitor_read_seq INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN rating TEXT;
  ALTER TABLE conversations ADD COLUMN rating_writes INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE messages ADD COLUMN attachments TEXT;
  ALTER TABLE visitors ADD COLUMN prechat TEXT;
  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    type TEXT NOT NULL,
    uploader_type TEXT NOT NULL,
    uploader_id TEXT NOT NULL,
    message_id TEXT,
    thumbnail INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX attachments_by_conversation ON attachments (conversation_id, created_at);
  `,
  // The agent's workspace (issue 14): canned replies (owner_key '' for shared ones, so one
  // unique index covers both scopes), tags and the conversations carrying them.
  `
  CREATE TABLE canned_replies (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    owner_key TEXT NOT NULL,
    shortcut TEXT NOT NULL,
    texts TEXT NOT NULL,
    scope TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX canned_replies_by_shortcut ON canned_replies (workspace_id, owner_key, shortcut);
  CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    colour TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX tags_by_name ON tags (workspace_id, name_key);
  ALTER TABLE conversations ADD COLUMN tag_ids TEXT;
  CREATE TABLE conversation_tags (
    tag_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    PRIMARY KEY (tag_id, conversation_id)
  );
  CREATE INDEX conversation_tags_by_conversation ON conversation_tags (conversation_id);
  `,
  // Contacts and verified identity (issue 14): one verified contact per site and user id, one
  // contact per visitor, and each site's identity secret (kept as is: verifying needs it).
  `
  CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    site_id TEXT NOT NULL,
    user_id TEXT,
    verified INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    email TEXT,
    phone TEXT,
    company TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX contacts_verified_user ON contacts (site_id, user_id) WHERE verified = 1;
  CREATE INDEX contacts_by_workspace ON contacts (workspace_id, updated_at DESC, id DESC);
  CREATE TABLE contact_visitors (
    visitor_id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL,
    linked_at INTEGER NOT NULL
  );
  CREATE INDEX contact_visitors_by_contact ON contact_visitors (contact_id, linked_at);
  CREATE TABLE site_identity_secrets (
    site_id TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    rotated_at INTEGER NOT NULL
  );
  `,
  // Conversation search (issue 14): the domain's terms per message, keyed by the message's rowid;
  // the tokenizer keeps ':', '_' and '-' inside a term ('u:退', 'w:<workspace id>').
  `
  CREATE VIRTUAL TABLE message_fts USING fts5(terms, tokenize = "unicode61 tokenchars ':_-'");
  `,
  // Mentions (issue 14): a colleague named with @ in an internal note, once per note and person.
  `
  CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    by_id TEXT NOT NULL,
    by_name TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER,
    UNIQUE (message_id, agent_id)
  );
  CREATE INDEX mentions_by_agent ON mentions (agent_id, created_at DESC, id DESC);
  `,
  // Reports (issue 15): conversations by creation time for a range, each one's event log folded
  // into one row (sqlite-report-fold.ts), and agents' status changes (time online, utilisation).
  // Nothing here is written per message.
  `
  CREATE INDEX conversations_by_created ON conversations (workspace_id, created_at);
  ${reportFoldMigration}
  CREATE TABLE agent_status_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    agent_id TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    status TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX agent_status_changes_by_workspace ON agent_status_changes (workspace_id, at);
  `,
  // The visitor's gap-free numbering (issue 16): visitor_seq counts only what a visitor may see
  // (internal notes get none), so no hole in it reveals a note. Backfilled for stored messages.
  `
  ALTER TABLE messages ADD COLUMN visitor_seq INTEGER;
  ALTER TABLE conversations ADD COLUMN last_visitor_seq INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN agent_read_visitor_seq INTEGER NOT NULL DEFAULT 0;
  UPDATE messages SET visitor_seq = numbered.n
    FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY conversation_id ORDER BY seq) AS n FROM messages WHERE internal = 0) AS numbered
    WHERE messages.id = numbered.id;
  UPDATE conversations SET
    last_visitor_seq = (SELECT COALESCE(MAX(visitor_seq), 0) FROM messages WHERE conversation_id = conversations.id),
    agent_read_visitor_seq = (SELECT COALESCE(MAX(visitor_seq), 0) FROM messages
      WHERE conversation_id = conversations.id AND seq <= conversations.agent_read_seq);
  CREATE UNIQUE INDEX messages_by_visitor_seq ON messages (conversation_id, visitor_seq) WHERE visitor_seq IS NOT NULL;
  `,
  // Retention (issue 16): what is due is found by site and last activity; each run is logged;
  // one process at a time holds the job's lease.
  `
  CREATE INDEX conversations_by_site_activity ON conversations (site_id, status, updated_at);
  CREATE INDEX visitors_by_site_seen ON visitors (site_id, last_seen_at);
  CREATE TABLE retention_runs (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    retention_days INTEGER NOT NULL,
    cutoff INTEGER NOT NULL,
    conversations INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    files INTEGER NOT NULL,
    visitors INTEGER NOT NULL
  );
  CREATE INDEX retention_runs_by_site ON retention_runs (site_id, started_at DESC);
  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until INTEGER NOT NULL
  );
  `,
  // Supervision (issue 14): a whisper is an internal note for one agent (NULL: not a whisper).
  `
  ALTER TABLE messages ADD COLUMN whisper_to TEXT;
  `,
  // Contact deletion (issue 14): the durable mark of a deletion under way, resumed at start.
  `
  ALTER TABLE contacts ADD COLUMN deleting_at INTEGER;
  CREATE INDEX contacts_deleting ON contacts (deleting_at) WHERE deleting_at IS NOT NULL;
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
