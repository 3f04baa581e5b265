import type { Article, ArticleHit } from '@parley/shared';
import { visitorCommand } from '@parley/shared';
import type { ArticleInput } from '@parley/shared';
import {
  DEMO,
  bookingArticles,
  clinicArticles,
  expectedArticleId,
  freshQuestions,
  heldOutQuestions,
  labelledQuestions,
  restaurantArticles,
  type LabelledQuestion,
} from '@parley/server';
import { loginAgent, sessionOf, visitorSocket } from '../clients/parley-clients.js';
import type { SearchEngine } from './baseline-engines.js';
import type { Graded } from './quality-scores.js';

/** A labelled set: the articles its questions are asked over (beside the seeded shop samples) and the questions. */
export interface LabelledSet {
  name: string;
  articles: () => ArticleInput[];
  questions: readonly LabelledQuestion[];
}

/**
 * The tuning set (the booking studio: ranking constants are chosen on it), the held-out set (a
 * clinic, written apart and never tuned on, though its misses have been read) and the fresh set
 * (a restaurant, written last and read only as totals): a gain on the first that the others do
 * not show is fitted, not general.
 */
export const labelledSets: readonly LabelledSet[] = [
  { name: 'tuning', articles: bookingArticles, questions: labelledQuestions },
  { name: 'held-out', articles: clinicArticles, questions: heldOutQuestions },
  { name: 'fresh', articles: restaurantArticles, questions: freshQuestions },
];

/**
 * Puts a set's articles into the demo workspace over REST (the shop samples are seeded), and
 * returns every article of the workspace, and `remove`, which deletes the set's articles again
 * (so the next set is asked over the samples and its own articles only, on the same server).
 */
export async function loadBenchArticles(
  url: string,
  inputs: ArticleInput[] = bookingArticles(),
): Promise<{ articles: Article[]; token: string; remove(): Promise<void> }> {
  const token = await loginAgent(url, DEMO.email, DEMO.password);
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? {} : res.json()) as Promise<{ articles: Article[]; article: Article }>;
  };
  const created: string[] = [];
  for (const input of inputs) {
    const { topic: _topic, ...article } = input as ArticleInput & { topic?: string };
    created.push((await api('POST', '/articles', article)).article.id);
  }
  return {
    articles: (await api('GET', '/articles')).articles,
    token,
    async remove() {
      for (const id of created) await api('DELETE', `/articles/${id}`);
    },
  };
}

/**
 * Parley as the widget asks it: `kb:search` on the `/visitor` namespace of the real server.
 * `roundTrips` collects each search's round trip in ms (emit to acknowledgement).
 */
export async function parleyEngine(url: string): Promise<SearchEngine & { close(): void; roundTrips: number[] }> {
  const socket = visitorSocket(url);
  await sessionOf(socket);
  const roundTrips: number[] = [];
  return {
    name: 'parley',
    roundTrips,
    async search(question, locale, limit) {
      const started = performance.now();
      const ack = await visitorCommand(socket, 'kb:search', { query: question, locale, limit }, 10_000);
      roundTrips.push(performance.now() - started);
      if (!ack.ok) throw new Error(`kb:search: ${ack.error.message}`);
      return ack.data.map((hit: ArticleHit) => hit.id);
    },
    close: () => socket.close(),
  };
}

/** The first `perKind` questions of each language and kind (all of them when 0): quick runs stay quick and cover every kind. */
export function sampleQuestions(questions: readonly LabelledQuestion[], perKind: number): LabelledQuestion[] {
  if (perKind <= 0) return [...questions];
  const taken = new Map<string, number>();
  return questions.filter((q) => {
    const key = `${q.locale}/${q.kind}`;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    return n < perKind;
  });
}

/** Asks every question of a set; the expected article is found by topic (group) and locale. */
export async function gradeEngine(engine: SearchEngine, articles: readonly Article[], questions: readonly LabelledQuestion[] = labelledQuestions): Promise<Graded[]> {
  const rows: Graded[] = [];
  for (const question of questions) {
    const want = expectedIn(question, articles);
    const ids = await engine.search(question.question, question.locale, 10);
    rows.push({ question, rank: ids.indexOf(want), returned: ids.length });
  }
  return rows;
}

function expectedIn(question: LabelledQuestion, articles: readonly Article[]): string {
  const keyed = articles.map((a) => ({ ...a, id: `${a.group}.${a.locale}` }));
  const key = expectedArticleId(question, keyed);
  return articles.find((a) => `${a.group}.${a.locale}` === key)!.id;
}
