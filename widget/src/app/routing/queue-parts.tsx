/**
 * The place in the queue while the conversation waits, an on-demand chunk
 * (`chunks/lazy-queue-parts-*`) fetched when a conversation starts waiting, with its English.
 */
import { widgetQueueEn } from '@parley/shared';
import { addEnglish } from '../i18n/panel-strings.js';

addEnglish(widgetQueueEn);

export { QueuePlace } from './queue-place.js';
