import { nanoid } from 'nanoid';
import { FEEDBACK_PROMPT_PREFIX, matchLocale, translateBots, type Conversation, type Locale, type Message } from '@parley/shared';
import type { BotRecord } from '../../store/bot-port.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { InProcessBot } from './bot-dispatcher.js';
import type { HandoffService } from './handoff-service.js';
import type { KnowledgeService } from '../knowledge/knowledge-service.js';
import { readerLocale } from '../knowledge/reader-locale.js';

const yes = /^(y|yes|yeah|yep|yup|ok|okay|thanks|thank you|是|是的|有|对|對|好|好的|解决了|解決了|可以了|谢谢|謝謝)[\s!.。！]*$/i;
const no = /^(n|no|nope|not really|否|不|不是|没有|沒有|没用|沒用|不行|还没|還沒)[\s!.。！]*$/i;

/** Keeps only articles scoring at least this share of the best one, so weak matches are not shown. */
const RELATIVE_CUTOFF = 0.35;
const SHOWN = 3;
export const SELF_SERVICE = 'self-service';

/**
 * The built-in knowledge-base bot. It answers a question with the best matching articles and
 * asks whether that answered it: yes resolves and closes the conversation (counted as resolved
 * by self-service), no hands it to a person with the question as the summary. It writes in
 * the language of the question.
 */
export class KnowledgeBot implements InProcessBot {
  constructor(
    private readonly store: Store,
    private readonly conversations: ConversationService,
    private readonly handoffs: HandoffService,
    private readonly knowledge: KnowledgeService,
    private readonly now: () => number = Date.now,
  ) {}

  async onVisitorMessage(bot: BotRecord, conversation: Conversation, message: Message): Promise<void> {
    const actor: Actor & { kind: 'bot' } = { kind: 'bot', botId: bot.id, workspaceId: bot.workspaceId, name: bot.name };
    const recent = await this.store.listMessages({
      conversationId: conversation.id,
      afterSeq: Math.max(0, message.seq - 20),
      limit: 40,
      includeInternal: false,
    });
    const before = recent.filter((m) => m.seq < message.seq);
    const lastBot = [...before].reverse().find((m) => m.author.type === 'bot');
    const site = await this.store.getSite(conversation.siteId);
    const locale = this.localeOf(message.text, before, site?.locale ?? null);
    const say = (text: string, clientId = `kb-${nanoid()}`) => this.conversations.sendFromBot(actor, conversation.id, { clientId, text });

    if (lastBot?.clientId.startsWith(FEEDBACK_PROMPT_PREFIX)) {
      if (yes.test(message.text.trim())) {
        await say(translateBots(locale, 'bot.kb.resolved'));
        await this.store.bots.recordResolution({ conversationId: conversation.id, workspaceId: conversation.workspaceId, kind: SELF_SERVICE, at: this.now() });
        await this.conversations.appendAs(conversation.id, { type: 'system', id: null, name: bot.name }, { clientId: `resolved-${nanoid()}`, text: 'system.resolved' });
        await this.conversations.close(actor, conversation.id);
        return;
      }
      if (no.test(message.text.trim())) {
        const question = [...before].reverse().find((m) => m.author.type === 'visitor')?.text;
        await this.handoffs.toHuman(conversation.id, bot.id, 'bot', {
          summary: question ? `${bot.name}: ${question.slice(0, 300)}` : undefined,
        });
        return;
      }
    }

    const hits = await this.knowledge.answers(bot.workspaceId, message.text, { locale, limit: SHOWN });
    const best = hits[0]?.score ?? 0;
    const shown = hits.filter((h) => h.score >= best * RELATIVE_CUTOFF);
    if (shown.length === 0) {
      await say(translateBots(locale, 'bot.kb.none'));
      await this.handoffs.toHuman(conversation.id, bot.id, 'bot', { summary: `${bot.name}: ${message.text.slice(0, 300)}` });
      return;
    }
    const list = shown.map((hit, i) => {
      const title = hit.title.map((p) => p.text).join('');
      const passage = hit.snippet.map((p) => p.text).join('');
      return `${i + 1}. ${title}\n${passage}`;
    });
    await say(`${translateBots(locale, 'bot.kb.found')}\n\n${list.join('\n\n')}`);
    await say(translateBots(locale, 'bot.kb.ask'), `${FEEDBACK_PROMPT_PREFIX}${nanoid()}`);
  }

  /** The question's script, else the conversation's earlier Chinese, else the site's locale. */
  private localeOf(text: string, before: readonly Message[], siteLocale: string | null): Locale {
    const own = readerLocale(text, null);
    if (own === 'zh-CN' || own === 'zh-TW') return own;
    const earlier = [...before].reverse().find((m) => m.author.type === 'visitor' && readerLocale(m.text, null) !== 'en');
    if (earlier) {
      const l = readerLocale(earlier.text, null);
      if (l === 'zh-CN' || l === 'zh-TW') return l;
    }
    if (own === 'zh') return matchLocale(siteLocale) === 'zh-TW' ? 'zh-TW' : 'zh-CN';
    // A bare "yes"/"no" or an English question: English unless the site speaks Chinese.
    return /[a-z]/i.test(text) ? 'en' : (matchLocale(siteLocale) ?? 'en');
  }
}
