import {
  ErrorCode,
  RATING_MAX_WRITES,
  RATING_WINDOW_MS,
  type Conversation,
  type LiveFeatures,
  type PrechatAnswers,
  type RateInput,
  type ReadInput,
  type ReadNotice,
  type Site,
  type TypingInput,
  type TypingNotice,
  type Visitor,
} from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { assertCanSee, type Actor } from '../conversations/conversation-access.js';
import type { DomainEvents } from '../events.js';
import { settingsOf } from '../routing/site-settings.js';
import { checkPrechat } from './prechat-check.js';
import { TypingGate } from './typing-gate.js';

type Person = Actor & { kind: 'visitor' | 'agent' };

/** Where a typing notice goes; the transport turns these into emits. */
export interface TypingRelay {
  conversation: Conversation;
  /** To the workspace's agents (a visitor typing; `draft` only under sneak peek). */
  toAgents?: TypingNotice;
  /** To the visitor's sockets (an agent typing). */
  toVisitor?: TypingNotice;
  /** To the other agents who have the conversation open (a colleague typing). */
  toColleagues?: TypingNotice;
}

/**
 * The live conversation's rules: typing relays (never stored), seen marks (one write per rise
 * of the highest seq), ratings (the visitor's, after the close, once and changed once, within
 * 24 h), the pre-chat form's answers, and what the widget is told of the site's choices.
 */
export class LiveService {
  private readonly gate: TypingGate;

  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
    private readonly now: () => number = Date.now,
  ) {
    this.gate = new TypingGate(now);
  }

  /**
   * A `typing` event: what to relay, or `null` to drop it (past its rate, someone else's
   * conversation, or closed). A draft passes only from a visitor while the site has `sneakPeek` on.
   */
  async typing(actor: Person, input: TypingInput): Promise<TypingRelay | null> {
    const person = actor.kind === 'visitor' ? `v:${actor.visitorId}` : `a:${actor.agentId}`;
    const wantsDraft = actor.kind === 'visitor' && input.typing && input.draft !== undefined;
    const pass = this.gate.pass(person, input.conversationId, input.typing, wantsDraft);
    if (!pass.typing && !pass.draft) return null;
    const conversation = await this.visible(actor, input.conversationId);
    if (!conversation || conversation.status === 'closed') return null;
    if (actor.kind === 'agent') {
      if (!pass.typing) return null;
      const notice: TypingNotice = { conversationId: conversation.id, who: { type: 'agent', id: actor.agentId, name: actor.name }, typing: input.typing };
      return { conversation, toVisitor: notice, toColleagues: notice };
    }
    const notice: TypingNotice = { conversationId: conversation.id, who: { type: 'visitor', id: actor.visitorId, name: actor.name }, typing: input.typing };
    if (pass.draft) {
      const site = await this.store.getSite(conversation.siteId);
      // Sneak peek off: the draft is dropped here, so nothing downstream ever sees it.
      if (site && settingsOf(site).sneakPeek) return { conversation, toAgents: { ...notice, draft: input.draft ?? '' } };
      if (!pass.typing) return null;
    }
    return { conversation, toAgents: notice };
  }

  /**
   * A `conversation:read`: stores the side's highest seen seq when it rises (at most the
   * conversation's last seq). The notice for the other side, or `null` when nothing changed.
   */
  async read(
    actor: Person,
    input: ReadInput,
  ): Promise<{ notice: ReadNotice; visitorNotice: ReadNotice; conversation: Conversation } | null> {
    const conversation = await this.visible(actor, input.conversationId);
    if (!conversation) return null;
    const by = actor.kind;
    // A visitor counts in their gap-free visitorSeq; the mark is stored in the agents' seq.
    const seq =
      by === 'visitor'
        ? await this.store.live.seqOfVisitorSeq(conversation.id, Math.min(input.seq, conversation.lastVisitorSeq ?? 0))
        : Math.min(input.seq, conversation.lastSeq);
    const current = by === 'visitor' ? conversation.visitorReadSeq ?? 0 : conversation.agentReadSeq ?? 0;
    if (seq <= current) return null;
    const updated = await this.store.live.markRead(conversation.id, by, seq);
    if (!updated) return null;
    const notice = { conversationId: conversation.id, by, seq };
    // What the visitor hears of an agent's read is counted in the visitor's numbering.
    const visitorNotice = by === 'agent' ? { ...notice, seq: updated.agentReadVisitorSeq ?? 0 } : { ...notice, seq: input.seq };
    return { notice, visitorNotice, conversation: updated };
  }

  /**
   * The visitor rates their closed conversation: score 1–5, until 24 h after the close, given
   * once and changed once. Recorded in the event log and told to the agents.
   */
  async rate(actor: Actor & { kind: 'visitor' }, input: RateInput): Promise<Conversation> {
    const conversation = assertCanSee(actor, await this.store.getConversation(input.conversationId));
    const site = await this.store.getSite(conversation.siteId);
    if (site && !settingsOf(site).rating.enabled) throw new AppError(ErrorCode.forbidden, 'this site does not ask for ratings');
    if (conversation.status !== 'closed' || conversation.closedAt === null) {
      throw new AppError(ErrorCode.conflict, 'a conversation can be rated once it is closed');
    }
    const at = this.now();
    if (at - conversation.closedAt > RATING_WINDOW_MS) throw new AppError(ErrorCode.conflict, 'ratings are taken until 24 hours after the close');
    const rating = { score: input.score, comment: input.comment ? input.comment : null, ratedAt: at };
    const rated = await this.store.live.rate(conversation.id, rating, RATING_MAX_WRITES);
    if (!rated) throw new AppError(ErrorCode.conflict, 'this conversation was already rated and the rating changed once');
    this.events.emit('conversation:updated', { conversation: rated, change: 'rated', detail: { changed: Boolean(conversation.rating) } });
    return rated;
  }

  /** The pre-chat answers, checked against the site's form; kept on the visitor and never asked again. */
  async submitPrechat(actor: Actor & { kind: 'visitor' }, answers: PrechatAnswers): Promise<{ answers: PrechatAnswers; known: string[] }> {
    const [site, visitor, departments] = await Promise.all([
      this.store.getSite(actor.siteId),
      this.store.getVisitor(actor.visitorId),
      this.store.routing.listDepartments(actor.workspaceId),
    ]);
    if (!site || !visitor) throw notFound('visitor');
    const form = settingsOf(site).prechat;
    const clean = checkPrechat(form.fields, answers, visitor.prechat ?? {}, departments.map((d) => d.id));
    const updated = (await this.store.live.mergeVisitorPrechat(visitor.id, clean)) ?? visitor;
    const all = updated.prechat ?? {};
    const name = fieldOf(form.fields, all, 'name');
    const email = fieldOf(form.fields, all, 'email');
    if (name && email) await this.store.routing.setVisitorContact(visitor.id, name, email);
    return { answers: all, known: Object.keys(all) };
  }

  /** What the widget's session says of the site's choices, and which form fields this visitor already gave. */
  features(site: Site, visitor: Visitor): LiveFeatures {
    const settings = settingsOf(site);
    const known = Object.keys(visitor.prechat ?? {}).filter((id) => settings.prechat.fields.some((f) => f.id === id));
    return {
      sneakPeek: settings.sneakPeek,
      uploads: settings.uploads,
      rating: settings.rating,
      prechat: { enabled: settings.prechat.enabled, fields: settings.prechat.fields, known },
    };
  }

  private async visible(actor: Person, conversationId: string): Promise<Conversation | null> {
    try {
      return assertCanSee(actor, await this.store.getConversation(conversationId));
    } catch (err) {
      if (err instanceof AppError) return null;
      throw err;
    }
  }
}

function fieldOf(fields: { id: string; kind: string }[], answers: PrechatAnswers, kind: string): string | null {
  const field = fields.find((f) => f.kind === kind);
  const value = field ? answers[field.id] : undefined;
  return typeof value === 'string' && value ? value : null;
}
