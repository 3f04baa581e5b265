import {
  ErrorCode,
  PROTOCOL_VERSION,
  emptyPayloadSchema,
  syncMessagesSchema,
  visitorHandshakeSchema,
  visitorSendMessageSchema,
  availabilityQuerySchema,
  offlineMessageSchema,
  appearanceOf,
  type VisitorConversation,
  type VisitorSession,
} from '@parley/shared';
import { AppError } from '../app-error.js';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { AccountsService } from '../domain/accounts/accounts-service.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import type { IntakeService } from '../domain/intake/intake-service.js';
import type { KnowledgeService } from '../domain/knowledge/knowledge-service.js';
import { registerVisitorBotCommands } from './bot-commands.js';
import { registerVisitorMailCommands } from './visitor-mail-commands.js';
import type { MailFeature } from '../domain/mail/create-mail.js';
import type { Routing } from '../domain/routing/create-routing.js';
import { firstLanguage } from './accept-language.js';
import { handshakeError } from './handshake-error.js';
import { roomOccupied } from './room-presence.js';
import type { DisconnectBookkeeping } from './disconnect-bookkeeping.js';
import type { VisitorNamespace } from './namespaces.js';
import { isRequestAllowed } from '../domain/accounts/origin-policy.js';
import { rooms } from './rooms.js';
import { handler, type HandlerContext } from './socket-handler.js';
import { toVisitorConversation } from './visitor-conversation.js';
import { toVisitorMessage } from '../domain/conversations/visitor-view.js';
import { visitorActorOf } from './socket-actors.js';
import type { LiveService } from '../domain/conversation-live/live-service.js';
import type { RateLimits } from '../limits/rate-limits.js';
import { settingsOf } from '../domain/routing/site-settings.js';
import type { SiteSettings } from '@parley/shared';
import { clientAddress, type TrustProxy } from '../limits/client-address.js';
import type { ContactsService } from '../domain/contacts/contacts-service.js';
import { registerVisitorIdentify, resolveIdentifiedVisitor } from './visitor-identify-command.js';

export interface VisitorNamespaceDeps extends HandlerContext {
  directory: AccountsService;
  conversations: ConversationService;
  intake: IntakeService;
  bots?: BotFeature;
  knowledge?: KnowledgeService;
  routing: Routing;
  mail?: MailFeature;
  /** The site's live-conversation choices for the session (sneak peek, uploads, rating, pre-chat). */
  live?: LiveService;
  /** Holds the store work each disconnect starts, so a shutdown waits for it. */
  bookkeeping: DisconnectBookkeeping;
  /** New visitors per address and site; messages per visitor and conversation; new conversations per address and site. */
  limits: RateLimits;
  /** TRUST_PROXY as a predicate: whose X-Forwarded-For names the client. */
  trustProxy: TrustProxy;
  /** `Parley('identify', …)`: the handshake's `identity` and `visitor:identify`. */
  contacts?: ContactsService;
}


/** `/visitor`: the widget's socket. Handshake: protocol version, site key, page origin, visitor token. */
export function setupVisitorNamespace(nsp: VisitorNamespace, deps: VisitorNamespaceDeps): void {
  const sessions = new WeakMap<object, VisitorSession>();
  const addresses = new WeakMap<object, string>();
  // The site's own limits, read at the handshake: a change applies to connections made after it.
  const siteLimits = new WeakMap<object, SiteSettings['rateLimits']>();

  nsp.use((socket, next) => {
    void (async () => {
      const auth = visitorHandshakeSchema.safeParse(socket.handshake.auth);
      if (!auth.success) throw new AppError(ErrorCode.badRequest, 'handshake needs { protocol, siteKey, token? }');
      if (auth.data.protocol !== PROTOCOL_VERSION) {
        throw new AppError(ErrorCode.protocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}, client ${auth.data.protocol}`);
      }
      const site = await deps.directory.siteByKey(auth.data.siteKey);
      if (!isRequestAllowed(site, socket.handshake.headers)) {
        throw new AppError(ErrorCode.originNotAllowed, 'this page is not allowed to use this site key');
      }
      const address = clientAddress(socket.handshake.address, socket.handshake.headers, deps.trustProxy);
      const own = settingsOf(site).rateLimits;
      // Only a handshake without a token creates a visitor; a returning one is never refused here.
      if (!auth.data.token) {
        await deps.limits.take('newVisitorAddress', address, own.newVisitorAddress);
        await deps.limits.take('newVisitorSite', site.id, own.newVisitorSite);
      }
      // An identify made before the socket opened: a verified user's browser speaks for their visitor.
      const { visitor, token } = await resolveIdentifiedVisitor(deps, site, await deps.directory.resolveVisitor(site, auth.data.token), auth.data.identity);
      addresses.set(socket, address);
      siteLimits.set(socket, own);
      const locale = auth.data.locale ?? firstLanguage(socket.handshake.headers['accept-language']);
      socket.data = {
        kind: 'visitor',
        visitorId: visitor.id,
        siteId: site.id,
        workspaceId: site.workspaceId,
        visitorName: visitor.name,
        // The widget leaves the language to the handshake's Accept-Language; other clients may name it.
        ...(locale ? { locale } : {}),
      };
      sessions.set(socket, {
        visitorId: visitor.id,
        token,
        site: { name: site.name, locale: site.locale, appearance: appearanceOf(site) },
        ...(deps.live ? { live: deps.live.features(site, visitor) } : {}),
      });
      // The install check: a widget loaded from an allowed origin (written at most once a minute per site).
      deps.directory.sites.seen(site, socket.handshake.headers.referer ?? socket.handshake.headers.origin);
    })().then(
      () => next(),
      (err: unknown) => next(handshakeError(err)),
    );
  });

  nsp.on('connection', (socket) => {
    const data = socket.data;
    const actor = visitorActorOf(socket);
    void socket.join(rooms.visitor(data.visitorId));
    const session = sessions.get(socket);
    if (session) socket.emit('session', session);
    const routing = deps.routing;
    routing.visitorConnected(data.visitorId);
    // A visitor back while waiting hears their place at once, not at the next change in the queue.
    routing.queuePlace(data.visitorId).then(
      (status) => status && socket.emit('queue:updated', status),
      (err: unknown) => deps.log.warn({ err }, 'could not read a queue place'),
    );
    socket.on('disconnect', () => {
      deps.bookkeeping.track(
        routing
          .visitorDisconnected(data.visitorId, data.siteId, roomOccupied(nsp, rooms.visitor(data.visitorId), deps.log))
          .catch((err: unknown) => deps.log.warn({ err }, 'visitor disconnect bookkeeping failed')),
      );
    });

    socket.on(
      'conversation:current',
      handler(deps, emptyPayloadSchema, async () => {
        const snapshot = await deps.conversations.currentForVisitor(actor);
        return snapshot && { conversation: toVisitorConversation(snapshot.conversation), messages: snapshot.messages };
      }),
    );
    const address = addresses.get(socket) ?? socket.handshake.address;
    const own = siteLimits.get(socket) ?? {};
    socket.on(
      'message:send',
      handler(deps, visitorSendMessageSchema, async (input) => {
        await limitVisitorMessage(deps.limits, own, data, address, input.conversationId);
        return toVisitorMessage(await deps.intake.visitorMessage(actor, { ...input, ...(data.locale ? { locale: data.locale } : {}) }));
      }),
    );
    socket.on(
      'site:availability',
      handler(deps, availabilityQuerySchema, ({ departmentId }) => routing.availability(actor, departmentId)),
    );
    socket.on('queue:status', handler(deps, emptyPayloadSchema, () => routing.queuePlace(actor.visitorId)));
    socket.on(
      'offline:message',
      handler(deps, offlineMessageSchema, async (input) => {
        await limitVisitorMessage(deps.limits, own, data, address, undefined);
        return toVisitorConversation(await deps.intake.leaveMessage(actor, input));
      }),
    );
    socket.on(
      'messages:sync',
      handler(deps, syncMessagesSchema, async (input) => ({
        messages: await deps.conversations.messagesAfter(actor, input.conversationId, input.afterSeq),
      })),
    );
    if (deps.bots && deps.knowledge) registerVisitorBotCommands(socket, actor, { ...deps, bots: deps.bots, knowledge: deps.knowledge });
    if (deps.mail) registerVisitorMailCommands(socket, actor, { ...deps, mail: deps.mail });
    if (deps.contacts) registerVisitorIdentify(socket, { ...deps, contacts: deps.contacts });
  });
}

/**
 * A visitor's message is counted before intake sees it (a refused one stores nothing): per
 * visitor (every tab), per conversation, and, when it may open a conversation (none named),
 * per address and per site; each by the site's own rule where it set one.
 */
async function limitVisitorMessage(
  limits: RateLimits,
  own: SiteSettings['rateLimits'],
  visitor: { visitorId: string; siteId: string },
  address: string,
  conversationId: string | undefined,
): Promise<void> {
  await limits.take('visitorMessage', visitor.visitorId, own.visitorMessage);
  if (conversationId) {
    await limits.take('conversationMessage', conversationId, own.conversationMessage);
    return;
  }
  await limits.take('newConversationAddress', address, own.newConversationAddress);
  await limits.take('newConversationSite', visitor.siteId, own.newConversationSite);
}
