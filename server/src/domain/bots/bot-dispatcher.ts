import type { Conversation, Message } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { BotRecord } from '../../store/bot-port.js';
import type { Store } from '../../store/port.js';
import type { DomainEventMap, DomainEvents } from '../events.js';
import type { AnswerTimers } from './answer-timers.js';
import { asksForPerson } from './asks-for-person.js';
import type { HandoffService } from './handoff-service.js';
import type { WebhookOutbox } from './webhook/webhook-outbox.js';

/** The built-in bots answer in-process; this is how the dispatcher hands them a visitor message. */
export interface InProcessBot {
  onVisitorMessage(bot: BotRecord, conversation: Conversation, message: Message): Promise<void>;
}

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0];

/**
 * Turns domain events into work for bots: webhook deliveries, the built-in bot's answers, the
 * answer timers, and handoffs when a visitor asks for a person. Socket bots hear events from
 * the realtime layer's bot broadcaster; this only decides, it never talks to sockets.
 */
export class BotDispatcher {
  private readonly off: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly handoffs: HandoffService,
    private readonly timers: AnswerTimers,
    private readonly outbox: WebhookOutbox,
    private readonly builtIn: InProcessBot,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.on('conversation:updated', ({ conversation, change }) => {
      if (change === 'created' && conversation.botId) {
        this.events.emit('bot:assigned', { conversation, botId: conversation.botId, created: true });
      }
      if (change === 'closed') this.timers.clear(conversation.id);
    });
    this.on('bot:assigned', (payload) => this.guard(this.assigned(payload)));
    this.on('bot:released', ({ conversation }) => this.timers.clear(conversation.id));
    this.on('message:new', (payload) => this.guard(this.message(payload)));
  }

  stop(): void {
    for (const off of this.off.splice(0)) off();
    this.timers.clearAll();
  }

  private async assigned({ conversation, botId, created }: Payload<'bot:assigned'>): Promise<void> {
    const bot = await this.store.bots.getBot(botId);
    if (bot?.mode !== 'webhook') return;
    const messages = await this.store.listMessages({ conversationId: conversation.id, afterSeq: 0, limit: 500, includeInternal: false });
    await this.outbox.enqueue(bot, created ? 'conversation.created' : 'conversation.assigned', { conversation, messages });
  }

  private async message({ message, conversation }: Payload<'message:new'>): Promise<void> {
    const botId = conversation.botId;
    if (!botId || message.internal) return;
    if (message.author.type === 'bot' && message.author.id === botId) {
      this.timers.clear(conversation.id);
      return;
    }
    if (message.author.type !== 'visitor') return;
    const bot = await this.store.bots.getBot(botId);
    if (!bot) return;
    if (asksForPerson(message.text)) {
      await this.handoffs.toHuman(conversation.id, bot.id, 'visitor');
      return;
    }
    this.timers.arm(conversation.id, bot.answerTimeoutMs, () =>
      this.guard(this.handoffs.toHuman(conversation.id, bot.id, 'timeout')),
    );
    if (bot.mode === 'webhook') await this.outbox.enqueue(bot, 'message.created', { conversation, message });
    if (bot.mode === 'knowledge-base') await this.builtIn.onVisitorMessage(bot, conversation, message);
  }

  private on<K extends keyof DomainEventMap>(event: K, listener: (payload: Payload<K>) => void): void {
    const fn = listener as never;
    this.events.on(event, fn);
    this.off.push(() => this.events.off(event, fn));
  }

  private guard(work: Promise<unknown>): void {
    work.catch((err: unknown) => this.log.error({ err }, 'bot dispatch failed'));
  }
}
