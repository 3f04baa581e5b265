import { nanoid } from 'nanoid';
import { ErrorCode } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Conversation, Message, MessageAuthor, OfflineMessageInput } from '@parley/shared';
import { botFirst } from './bot-first.js';
import { departmentAndLanguage } from './department-and-language.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';
import { intoNamedConversation } from './named-conversation.js';
import { openConversation } from './open-conversation.js';
import { openingLine } from './opening-line.js';
import { proactivePlan } from './proactive-plan.js';
import { queue } from './queue.js';
import { reopenRecent } from './reopen-recent.js';
import type { RouteHints } from './route-hints.js';

/** A visitor's message as the widget sends it. */
export interface VisitorMessageInput extends RouteHints {
  clientId: string;
  text: string;
  conversationId?: string | undefined;
  triggerId?: string | undefined;
  /** Attachment ids from an upload into the named conversation. */
  attachments?: string[] | undefined;
}

/**
 * The one road a visitor's conversation opens by: every step is a file of this folder, called in
 * order here; a new rule for first messages is a new step. Every write is in the store before
 * its event is emitted, and a retried clientId stores nothing twice.
 */
export class IntakeService {
  constructor(private readonly deps: IntakeDeps) {}

  /**
   * A visitor's message: into the open conversation it names, else into a conversation reopened
   * or opened for it (also when it names a closed one: writing again starts anew).
   * A repeated clientId returns the stored message.
   */
  async visitorMessage(actor: VisitorActor, input: VisitorMessageInput): Promise<Message> {
    const { deps } = this;
    const author: MessageAuthor = { type: 'visitor', id: actor.visitorId, name: actor.name };
    const message = { clientId: input.clientId, text: input.text, attachments: input.attachments };
    const named = await intoNamedConversation(deps, actor, author, input);
    if (named) return named;
    // Files are uploaded into an open conversation: refused here, before anything is opened.
    if (input.attachments?.length) throw new AppError(ErrorCode.badRequest, 'attachments: send them into an open conversation (conversationId)');

    const reopened = await reopenRecent(deps, actor);
    if (reopened) return deps.conversations.append(reopened.id, author, message, deps.now(), actor.origin);

    const at = deps.now();
    const plan = await proactivePlan(deps, actor, input.triggerId);
    const botId = await botFirst(deps, actor, plan);
    const fields = await departmentAndLanguage(deps, actor, { ...input, presetDepartmentId: plan?.departmentId ?? undefined });
    const { conversation, created } = await openConversation(deps, actor, at, { status: botId ? 'open' : 'waiting', botId, ...fields });
    if (created && plan) await openingLine(deps, conversation, plan, input.clientId, at);
    const stored = await deps.conversations.append(conversation.id, author, message, at, actor.origin);
    if (created && !conversation.botId) await queue(deps, conversation);
    return stored;
  }

  /** The leave-a-message form: a conversation marked offline, outside the queue, in the console's inbox. */
  async leaveMessage(actor: VisitorActor, input: OfflineMessageInput): Promise<Conversation> {
    const { deps } = this;
    await deps.store.routing.setVisitorContact(actor.visitorId, input.name, input.email);
    const at = deps.now();
    const fields = await departmentAndLanguage(deps, actor, { departmentId: input.departmentId });
    const { conversation } = await openConversation(deps, actor, at, { status: 'waiting', offline: true, ...fields });
    const author: MessageAuthor = { type: 'visitor', id: actor.visitorId, name: input.name };
    const message = await deps.conversations.append(conversation.id, author, { clientId: input.clientId ?? nanoid(), text: `${input.text}\n\n— ${input.name} <${input.email}>` }, at, undefined);
    // Queued before the answer (the outbox sends later), so an acknowledged message is never left unannounced.
    await deps.offlineMail?.messageLeft(conversation, message, input);
    return (await deps.store.getConversation(conversation.id)) ?? conversation;
  }
}
