/**
 * The conversation's parts, an on-demand chunk (`chunks/lazy-conversation-parts-*`): the
 * transcript (times, delivery, "joined", following the newest line), the bot's buttons and the
 * transcript by email once a chat closes, with their English strings. A first open shows only
 * the greeting (`GreetingFrame`); this arrives with the first keystroke, or at once when there
 * is a conversation or a proactive message to show.
 */
import { widgetConversationEn } from '@parley/shared';
import { addEnglish } from '../i18n/panel-strings.js';

addEnglish(widgetConversationEn);

export { Transcript } from './transcript.js';
export { BotActions } from './bot-actions.js';
export { TranscriptByEmail } from './transcript-by-email.js';
export { ClosedParts } from '../live/closed-parts.js';
export { ComposerTools } from '../live/composer-tools.js';
export { typing } from '../live/typing-sender.js';
