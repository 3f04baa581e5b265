import {
  ErrorCode,
  TRANSCRIPT_REQUESTS_PER_CONVERSATION,
  limits,
  matchLocale,
  pickLocale,
  systemLineText,
  type Locale,
  type Message,
  type TranscriptRequest,
} from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { assertCanSee, type Actor } from '../conversations/conversation-access.js';
import type { Mailer } from './mailer.js';
import type { TranscriptLine } from './templates/mail-blocks.js';
import { encodeTranscript, transcriptSelf } from './templates/transcript-template.js';

/** More than any chat holds; a bound so one request cannot make a mail of unbounded size. */
const MAX_LINES = 2000;

/** The visitor's "email me the transcript": their own conversation, what they could see of it. */
export class TranscriptRequests {
  constructor(
    private readonly store: Store,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Queues a `transcript` mail of the conversation as the visitor saw it (internal notes never
   * leave the server). `not_found` for anyone else's conversation, `rate_limited` after
   * `TRANSCRIPT_REQUESTS_PER_CONVERSATION`, `unavailable` without SMTP.
   */
  async request(actor: Actor & { kind: 'visitor' }, input: TranscriptRequest): Promise<null> {
    if (!this.mailer.configured) throw new AppError(ErrorCode.unavailable, 'this server sends no email');
    const conversation = assertCanSee(actor, await this.store.getConversation(input.conversationId));
    // The count of mails queued for this conversation is the limit, kept in the store: it holds
    // across restarts and processes. Numbering the key by that count makes racing requests
    // share a key, so they never get past the limit together.
    const prefix = `transcript:${conversation.id}:`;
    const sent = await this.store.mail.countMailsWithKeyPrefix(prefix);
    if (sent >= TRANSCRIPT_REQUESTS_PER_CONVERSATION) {
      throw new AppError(ErrorCode.rateLimited, `at most ${TRANSCRIPT_REQUESTS_PER_CONVERSATION} transcripts per conversation`);
    }
    const site = await this.store.getSite(conversation.siteId);
    const siteName = site?.name ?? '';
    const locale = matchLocale(conversation.locale) ?? pickLocale(site?.locale);
    const messages = await this.visibleMessages(conversation.id);
    await this.mailer.enqueue({
      kind: 'transcript',
      to: input.email,
      locale,
      workspaceId: conversation.workspaceId,
      data: { siteName, lines: encodeTranscript(messages.map((m) => line(locale, siteName, m))) },
      idempotencyKey: `${prefix}${sent + 1}`,
    });
    return null;
  }

  private async visibleMessages(conversationId: string): Promise<Message[]> {
    const all: Message[] = [];
    let afterSeq = 0;
    for (;;) {
      const page = await this.store.listMessages({ conversationId, afterSeq, limit: limits.syncPage, includeInternal: false });
      // The store leaves notes out already; a second look costs nothing and guards the invariant.
      all.push(...page.filter((m) => !m.internal));
      afterSeq = page.at(-1)?.seq ?? afterSeq;
      if (page.length < limits.syncPage || all.length >= MAX_LINES) return all.slice(0, MAX_LINES);
    }
  }
}

function line(locale: Locale, siteName: string, m: Message): TranscriptLine {
  const who = m.author.type === 'visitor' ? transcriptSelf(locale) : m.author.type === 'system' ? siteName : (m.author.name ?? siteName);
  return { who, at: m.createdAt, text: m.author.type === 'system' ? systemLineText(locale, m) : m.text };
}
