import BetterSqlite3 from 'better-sqlite3';
import { messageTerms } from '@parley/server';
import { transcriptLines } from './transcript-lines.js';

export interface SeededTranscripts {
  workspaceId: string;
  conversations: number;
  messages: number;
  /** The seeded messages' times: [first, last]. */
  from: number;
  to: number;
}

/**
 * Fills a SQLite data file the store has already migrated with `conversations` closed
 * conversations of `perConversation` messages each, and their search index rows: one
 * transaction on a connection of its own (a million messages through the server would take an
 * hour and measure delivery, not search). Each message is two of `transcriptLines` and an order
 * number of its own; its index terms are the domain's own analysis (`messageTerms`), worked out
 * once per line and per number, exactly what the indexer would store.
 */
export function seedTranscripts(file: string, conversations: number, perConversation: number, from: number): SeededTranscripts {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const workspaceId = 'bench-search-ws';
  const siteId = 'bench-search-site';
  const lineTerms = transcriptLines.map((line) => messageTerms(line));
  const span = 90 * 86_400_000;
  let messages = 0;
  db.transaction(() => {
    db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(workspaceId, 'Bench', from);
    db.prepare('INSERT INTO sites (id, workspace_id, key, name, allowed_origins, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(siteId, workspaceId, 'bench-search', 'Bench', '[]', null, from);
    const visitor = db.prepare('INSERT INTO visitors (id, site_id, name, email, created_at, last_seen_at) VALUES (?, ?, NULL, NULL, ?, ?)');
    const conversation = db.prepare(
      `INSERT INTO conversations (id, workspace_id, site_id, visitor_id, status, assignee_id, last_seq, created_at, updated_at, closed_at, first_response_at, rating)
       VALUES (?, ?, ?, ?, 'closed', NULL, ?, ?, ?, ?, NULL, ?)`,
    );
    const message = db.prepare(
      `INSERT INTO messages (id, conversation_id, seq, client_id, author_type, author_id, author_name, text, internal, created_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0, ?)`,
    );
    const indexed = db.prepare('INSERT INTO message_fts (rowid, terms) VALUES (?, ?)');
    for (let c = 0; c < conversations; c++) {
      const id = `sc${c}`;
      const created = from + Math.floor((c / conversations) * span);
      const visitorId = `sv${c}`;
      visitor.run(visitorId, siteId, created, created);
      // One conversation in five rated, scores 1 to 5 in turn: a rating filter keeps one hit in 25.
      const rating = c % 5 === 0 ? JSON.stringify({ score: 1 + ((c / 5) % 5), comment: null, ratedAt: created + 3_600_000 }) : null;
      conversation.run(id, workspaceId, siteId, visitorId, perConversation, created, created + 3_600_000, created + 3_600_000, rating);
      for (let s = 1; s <= perConversation; s++) {
        const n = messages++;
        // A fixed walk through the lines: every line is common, every pair less so.
        const a = (n * 7 + c) % transcriptLines.length;
        const b = (n * 13 + 5) % transcriptLines.length;
        const order = `#${100000 + n}`;
        const text = `${transcriptLines[a]} ${transcriptLines[b]} ${order}`;
        const fromVisitor = s % 2 === 1;
        const info = message.run(`sm${n}`, id, s, `k${n}`, fromVisitor ? 'visitor' : 'agent', fromVisitor ? visitorId : 'bench-agent', text, created + s * 60_000);
        const terms = new Set([...lineTerms[a]!, ...lineTerms[b]!, ...messageTerms(order)]);
        indexed.run(info.lastInsertRowid, [`w:${workspaceId}`, ...terms].join(' '));
      }
    }
  })();
  // Not optimised afterwards: the index is left in the segments FTS5's own merging made, as a live server's is.
  db.close();
  return { workspaceId, conversations, messages, from, to: from + span };
}
