/**
 * The place in the queue while the conversation waits, an on-demand chunk
 * (`chunks/lazy-queue-parts-*`) fetched when a conversation starts waiting.
 */
export { QueuePlace } from './queue-place.js';
