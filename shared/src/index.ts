export * from './version.js';
export * from './errors.js';
export * from './domain.js';
export * from './limits.js';
export * from './schemas.js';
export * from './routing.js';
export * from './routing-schemas.js';
export * from './mail.js';
export * from './conversation-live/live-domain.js';
export * from './conversation-live/live-settings.js';
export * from './conversation-live/live-schemas.js';
export * from './conversation-live/live-protocol.js';
export * from './protocol/visitor-protocol.js';
export * from './protocol/agent-protocol.js';
export * from './protocol/server-protocol.js';
export * from './protocol/send-command.js';
export * from './input/ime-enter-guard.js';
export * from './proactive/text-match.js';
export * from './proactive/trigger-rule.js';
export * from './proactive/trigger-event.js';
export * from './proactive/rule-evaluation.js';
export * from './proactive/frequency-capping.js';
export * from './proactive/rule-selection.js';
export * from './proactive/live-visitor.js';
export * from './proactive/visitor-beacon.js';
export * from './proactive/proactive-commands.js';
export * from './protocol/proactive-protocol.js';
export * from './bots/bot-domain.js';
export * from './bots/bot-schemas.js';
export * from './protocol/bot-protocol.js';
export * from './knowledge/knowledge-domain.js';
export * from './knowledge/knowledge-schemas.js';
export * from './knowledge/markdown.js';
export * from './i18n/system-line.js';
export { mergeTranscript, unsent, highestSeq, contiguousSeq, type TranscriptEntry } from './transcript/merge-transcript.js';
export { createOutboxQueue, type OutboxQueue, type OutboxEntry, type OutboxQueueOptions, type OutboxStorage, type SendOutcome } from './outbox/outbox-queue.js';
export { en, type Catalog, type MessageKey } from './i18n/en.js';
export { locales, matchLocale, matchAnyLocale, pickLocale, isRightToLeft, type Locale, type NewLocale, type AnyLocale } from './i18n/locale.js';
export { defineCatalog, fillPlaceholders, hasKey, translateIn, type KeyOf, type LocaleTable, type ReadableCatalog, type StringCatalog } from './i18n/catalog.js';
export { catalogs, translate } from './i18n/translate.js';
// Each locale's tables on their own, for a bundle that loads only the visitor's (the widget).
export { zhCN } from './i18n/zh-CN.js';
export { zhTW } from './i18n/zh-TW.js';
export { ar } from './i18n/ar.js';
export { widgetCatalogs, widgetConversationCatalogs, widgetQueueCatalogs } from './i18n/widget/widget-catalog.js';
export { widgetQueueEn, type WidgetQueueKey } from './i18n/widget/queue-en.js';
export { widgetQueueZhCN } from './i18n/widget/queue-zh-CN.js';
export { widgetQueueZhTW } from './i18n/widget/queue-zh-TW.js';
export { widgetQueueAr } from './i18n/widget/queue-ar.js';
export { widgetConversationEn, type WidgetConversationKey } from './i18n/widget/conversation-en.js';
export { widgetConversationZhCN } from './i18n/widget/conversation-zh-CN.js';
export { widgetConversationZhTW } from './i18n/widget/conversation-zh-TW.js';
export { widgetConversationAr } from './i18n/widget/conversation-ar.js';
export { widgetEn, type WidgetKey } from './i18n/widget/en.js';
export { widgetZhCN } from './i18n/widget/zh-CN.js';
export { widgetZhTW } from './i18n/widget/zh-TW.js';
export { widgetAr } from './i18n/widget/ar.js';
export { proactiveCatalogs } from './i18n/proactive/proactive-catalog.js';
export type { ProactiveKey } from './i18n/proactive/en.js';
export { routingCatalogs } from './i18n/routing/routing-catalog.js';
export type { RoutingKey } from './i18n/routing/en.js';
export { routingWidgetCatalogs, type RoutingWidgetKey } from './i18n/routing/routing-widget-catalog.js';
export { routingWidgetEn } from './i18n/routing/widget-en.js';
export { routingWidgetZhCN } from './i18n/routing/widget-zh-CN.js';
export { routingWidgetZhTW } from './i18n/routing/widget-zh-TW.js';
export { routingWidgetAr } from './i18n/routing/widget-ar.js';
export { settingsCatalogs } from './i18n/settings/settings-catalog.js';
export type { SettingsKey } from './i18n/settings/en.js';
export { botCatalogs, type BotMessageKey } from './i18n/bot-catalog.js';
export {
  isProactiveKey,
  isRoutingKey,
  translateBots,
  translateProactive,
  translateRouting,
  translateRoutingWidget,
  translateSettings,
} from './i18n/legacy-translators.js';
export * from './accounts/allowed-origin.js';
export * from './accounts/password-policy.js';
export * from './accounts/site-appearance.js';
export * from './accounts/account-schemas.js';
export * from './accounts/account-domain.js';
export { uiCatalogs } from './i18n/ui/ui-catalog.js';
export type { UiKey } from './i18n/ui/en.js';
export { accountsCatalogs } from './i18n/accounts/accounts-catalog.js';
export type { AccountsKey } from './i18n/accounts/en.js';
export * from './accounts/readable-text.js';
export { transcriptCatalogs, type TranscriptKey } from './conversation-live/transcript-catalog.js';
export { richText, safeHref, toElements, type RichNode, type RichElement, type RichTextOptions, type Hyperscript } from './rich-text/rich-text.js';
export { emojiList, pickerEmoji, shortcodeAt, completeShortcode, replaceShortcodes, type EmojiEntry } from './emoji/emoji-shortcodes.js';
export { liveCatalogs, type LiveKey } from './i18n/live/live-catalog.js';
export { TypingSender, TYPING_IDLE_MS } from './conversation-live/typing-sender.js';
