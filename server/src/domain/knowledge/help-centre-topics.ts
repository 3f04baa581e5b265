import type { ArticleInput } from '@parley/shared';

/** One article of a help centre topic, in one locale. */
export type TopicEntry = Omit<ArticleInput, 'locale' | 'group'>;
/** A help centre written as topics, each in the locales it exists in (the topic is its translation group). */
export type HelpCentreTopics = Record<string, Partial<Record<'en' | 'zh-CN' | 'zh-TW', TopicEntry>>>;

/** Every article of a help centre with its topic, as article input. */
export function topicArticles(topics: HelpCentreTopics): Array<ArticleInput & { topic: string; group: string }> {
  return Object.entries(topics).flatMap(([topic, byLocale]) => Object.entries(byLocale).map(([locale, a]) => ({ ...a, locale, group: topic, topic })));
}
