import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SearchQuery } from '@parley/shared';
import { ConversationSearch, SqliteStore } from '@parley/server';
import { round2, summarize } from '../core/percentiles.js';
import { seedTranscripts } from './transcript-seed.js';

export interface TranscriptSearchFigures {
  conversations: number;
  messages: number;
  seedSeconds: number;
  searches: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpuP95: number;
  /** The slowest query kind's p95, and which it is. */
  worstKind: string;
  worstP95: number;
}

const p95Of = (xs: number[]) => round2(Float64Array.from(xs).sort()[Math.ceil(0.95 * xs.length) - 1] ?? Number.NaN);

/**
 * `GET /api/v1/search` as the server answers it, in process (`ConversationSearch` over the
 * embedded store: the FTS5 match, the conversations' filters, snippets and marks), over a
 * seeded data file: a mix of queries (a common English word, Simplified finding Traditional,
 * two words, an order number, a word found nowhere, a status filter, a rating filter that keeps
 * one hit in 25, a date range, and the second page of a common word), each asked `rounds` times
 * after one warm-up pass, one at a time.
 */
export async function measureTranscriptSearch(conversations: number, perConversation: number, rounds: number, log: (line: string) => void): Promise<TranscriptSearchFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-transcripts-'));
  try {
    const file = path.join(dir, 'search.db');
    await new SqliteStore(file).close();
    const seedStart = performance.now();
    const seeded = seedTranscripts(file, conversations, perConversation, Date.UTC(2026, 0, 1));
    const seedSeconds = round2((performance.now() - seedStart) / 1000);
    log(`  seeded ${seeded.conversations} conversations, ${seeded.messages} messages with their index rows in ${seedSeconds} s`);
    const store = new SqliteStore(file);
    const search = new ConversationSearch(store);
    const actor = { kind: 'agent' as const, agentId: 'bench', workspaceId: seeded.workspaceId, name: 'bench', role: 'admin' as const };
    const day = (at: number) => new Date(at).toISOString().slice(0, 10);
    const base = { limit: 20 } as const;
    const secondPage = (await search.search(actor, { q: 'refund', ...base })).nextCursor ?? undefined;
    const kinds: Record<string, SearchQuery> = {
      common: { q: 'refund', ...base },
      simplifiedFindsTraditional: { q: '退款到账', ...base },
      traditional: { q: '發票', ...base },
      twoWords: { q: 'charged twice', ...base },
      orderNumber: { q: String(100000 + Math.floor(seeded.messages / 2)), ...base },
      nowhere: { q: 'zebra crossing', ...base },
      statusClosed: { q: 'jacket', status: 'closed', ...base },
      ratingOne: { q: 'refund', rating: 1, ...base },
      dateRange: { q: '退货', from: seeded.to - 10 * 86_400_000, to: Date.parse(`${day(seeded.to)}T00:00:00Z`), ...base },
      secondPage: { q: 'refund', ...(secondPage ? { cursor: secondPage } : {}), ...base },
    };
    const wall: number[] = [];
    const cpu: number[] = [];
    const perKind = new Map<string, number[]>();
    try {
      for (const query of Object.values(kinds)) await search.search(actor, query);
      for (let r = 0; r < rounds; r++) {
        for (const [kind, query] of Object.entries(kinds)) {
          const t = performance.now();
          const c = process.cpuUsage();
          await search.search(actor, query);
          const used = process.cpuUsage(c);
          const ms = performance.now() - t;
          wall.push(ms);
          cpu.push((used.user + used.system) / 1000);
          perKind.set(kind, [...(perKind.get(kind) ?? []), ms]);
        }
      }
    } finally {
      await store.close();
    }
    const s = summarize(wall);
    const worst = [...perKind].map(([kind, xs]) => ({ kind, p95: p95Of(xs) })).sort((a, b) => b.p95 - a.p95)[0]!;
    for (const [kind, xs] of perKind) log(`    ${kind.padEnd(28)} p50 ${summarize(xs).p50} ms, p95 ${p95Of(xs)} ms`);
    return { conversations: seeded.conversations, messages: seeded.messages, seedSeconds, searches: wall.length, p50: s.p50, p95: p95Of(wall), p99: s.p99, max: s.max, cpuP95: p95Of(cpu), worstKind: worst.kind, worstP95: worst.p95 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
