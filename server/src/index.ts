export { loadConfig, ConfigError, type Config } from './config.js';
export { createParleyServer, type ParleyServer, type ParleyOptions } from './parley-server.js';
export { DEMO, seedDemo } from './domain/accounts/demo-seed.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export type { Store, AgentRecord } from './store/port.js';
export { hashPassword } from './auth/passwords.js';
export { MemoryLiveList } from './domain/proactive/memory-live-list.js';
export { RedisLiveList } from './cluster/redis-live-list.js';
export type { LiveList, LiveChange } from './domain/proactive/live-list.js';
export { liveDefaults, type LiveEntry, type LiveOptions, type PageViewFacts } from './domain/proactive/live-entry.js';
export { createLogger } from './logger.js';
// Knowledge search, for the search-quality benchmark (scripts/bench/benchmarks/search-quality.ts).
export { ArticleIndex } from './domain/knowledge/article-index.js';
export { KnowledgeSearch } from './domain/knowledge/knowledge-search.js';
export { SEARCH_CONFIDENCE, ANSWER_CONFIDENCE } from './domain/knowledge/knowledge-service.js';
export { foldText } from './domain/knowledge/tokenize.js';
export { pickTranslations } from './domain/knowledge/translation-groups.js';
export { labelledQuestions, unanswerableQuestions, type LabelledQuestion, type QuestionKind } from './domain/knowledge/labelled-questions.js';
export { labelledCorpus, heldOutCorpus, freshCorpus, expectedArticleId } from './domain/knowledge/search-corpus.js';
export { bookingArticles } from './domain/knowledge/booking-articles.js';
export { clinicArticles } from './domain/knowledge/clinic-articles.js';
export { heldOutQuestions } from './domain/knowledge/held-out-questions.js';
export { restaurantArticles } from './domain/knowledge/restaurant-articles.js';
export { freshQuestions } from './domain/knowledge/fresh-questions.js';
export { rankingParameters } from './domain/knowledge/ranking-parameters.js';
export { SynonymTable } from './domain/knowledge/synonym-table.js';
export { builtInSynonyms } from './domain/knowledge/builtin-synonyms.js';
export { readerLocale } from './domain/knowledge/reader-locale.js';
// Reports, for the reports benchmark (scripts/bench/benchmarks/reports.ts).
export { Reports } from './domain/reports/reports.js';
export { DomainEvents } from './domain/events.js';
export { reportFoldBackfill } from './store/sqlite/sqlite-report-fold.js';
// Conversation search, for the conversation-search benchmark (scripts/bench/benchmarks/conversation-search.ts).
export { ConversationSearch } from './domain/search/conversation-search.js';
export { messageTerms } from './domain/search/message-terms.js';
