import type { Article } from '@parley/shared';
import { bookingArticles } from './booking-articles.js';
import { clinicArticles } from './clinic-articles.js';
import { restaurantArticles } from './restaurant-articles.js';
import type { LabelledQuestion } from './labelled-questions.js';
import { sampleArticles } from './sample-articles.js';

/** The articles the labelled questions are asked over: the shop samples and the booking help centre. */
export function labelledCorpus(workspaceId = 'w'): Article[] {
  return asArticles([...sampleArticles(), ...bookingArticles()], workspaceId);
}

/** The articles the held-out questions are asked over: the shop samples and the clinic help centre. */
export function heldOutCorpus(workspaceId = 'w'): Article[] {
  return asArticles([...sampleArticles(), ...clinicArticles()], workspaceId);
}

/** The articles the fresh questions are asked over: the shop samples and the restaurant help centre. */
export function freshCorpus(workspaceId = 'w'): Article[] {
  return asArticles([...sampleArticles(), ...restaurantArticles()], workspaceId);
}

function asArticles(inputs: ReturnType<typeof bookingArticles>, workspaceId: string): Article[] {
  return inputs.map(({ topic: _topic, ...input }, i) => ({
    ...input,
    id: `${input.group}.${input.locale}`,
    workspaceId,
    createdAt: i,
    updatedAt: i,
  }));
}

/**
 * The article a labelled question should find: its topic in the question's locale, else in the
 * other Chinese script, else in English. Ids in `labelledCorpus` are `topic.locale`.
 */
export function expectedArticleId(question: LabelledQuestion, articles: readonly Article[]): string {
  const order = [question.locale, question.locale === 'zh-CN' ? 'zh-TW' : 'zh-CN', 'en'];
  for (const locale of order) {
    const hit = articles.find((a) => a.group === question.topic && a.locale === locale);
    if (hit) return hit.id;
  }
  throw new Error(`no article for topic ${question.topic}`);
}
