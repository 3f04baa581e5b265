import type { Article, ArticleHit } from '@parley/shared';
import { visitorCommand } from '@parley/shared';
import { DEMO, bookingArticles, expectedArticleId, labelledQuestions, type LabelledQuestion } from '@parley/server';
import { loginAgent, sessionOf, visitorSocket } from '../clients/parley-clients.js';
import type { SearchEngine } from './baseline-engines.js';
import type { Graded } from './quality-scores.js';

/**
 * Puts the booking articles into the demo workspace over REST (the shop samples are seeded),
 * and returns every article of the workspace, each with its id as `topic.locale` for grading.
 */
export async function loadBenchArticles(url: string): Promise<{ articles: Article[]; token: string }> {
  const token = await loginAgent(url, DEMO.email, DEMO.password);
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ articles: Article[] }>;
  };
  for (const { topic: _topic, ...input } of bookingArticles()) await api('POST', '/articles', input);
  return { articles: (await api('GET', '/articles')).articles, token };
}

/** Parley as the widget asks it: `kb:search` on the `/visitor` namespace of the real server. */
export async function parleyEngine(url: string): Promise<SearchEngine & { close(): void }> {
  const socket = visitorSocket(url);
  await sessionOf(socket);
  return {
    name: 'parley',
    async search(question, locale, limit) {
      const ack = await visitorCommand(socket, 'kb:search', { query: question, locale, limit }, 10_000);
      if (!ack.ok) throw new Error(`kb:search: ${ack.error.message}`);
      return ack.data.map((hit: ArticleHit) => hit.id);
    },
    close: () => socket.close(),
  };
}

/** Asks every labelled question; the expected article is found by topic (group) and locale. */
export async function gradeEngine(engine: SearchEngine, articles: readonly Article[]): Promise<Graded[]> {
  const rows: Graded[] = [];
  for (const question of labelledQuestions) {
    const want = expectedIn(question, articles);
    const ids = await engine.search(question.question, question.locale, 10);
    rows.push({ question, rank: ids.indexOf(want) });
  }
  return rows;
}

function expectedIn(question: LabelledQuestion, articles: readonly Article[]): string {
  const keyed = articles.map((a) => ({ ...a, id: `${a.group}.${a.locale}` }));
  const key = expectedArticleId(question, keyed);
  return articles.find((a) => `${a.group}.${a.locale}` === key)!.id;
}
