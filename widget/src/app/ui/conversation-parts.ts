/**
 * The conversation's parts, an on-demand chunk (`chunks/lazy-conversation-parts-*`): the
 * transcript (times, delivery, "joined", following the newest line) and the bot's buttons.
 * A first open shows only the greeting (`GreetingFrame`); this arrives with the first
 * keystroke, or at once when there is a conversation or a proactive message to show.
 */
export { Transcript } from './transcript.js';
export { BotActions } from './bot-actions.js';
