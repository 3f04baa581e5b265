import type { Conversation, MessageAuthor } from '@parley/shared';
import type { Actor } from '../conversations/conversation-access.js';

/**
 * How a conversation opens when the visitor's first message answers a proactive message: the
 * message it starts with, and where it goes. Known before the conversation exists, so it is
 * drafted in the right department and held by the right bot in one store call.
 */
export interface OpeningPlan {
  /** Stored first, before the visitor's reply. */
  message: { author: MessageAuthor; text: string };
  /** The department it should start in; routing falls back to its usual choice when it is gone. */
  departmentId: string | null;
  /** The bot that should hold it from its start; whoever decides bots falls back when it cannot answer. */
  botId: string | null;
  /** Called once, after the conversation is created (records the trigger on it). */
  opened(conversation: Conversation): Promise<void>;
}

/**
 * The plan for a reply to the proactive message of `triggerId`, or `null` when there is none
 * (the rule is gone or belongs to another site: the conversation then starts as usual).
 */
export type OpeningPlanner = (actor: Actor & { kind: 'visitor' }, triggerId: string) => Promise<OpeningPlan | null>;
