import { useEffect, useRef, useState } from 'preact/hooks';
import { isRightToLeft, type Message } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import type { ChatState } from '../chat/chat-state.js';
import { chatLocale } from '../locale.js';
import { lookOf, welcomeOf, type SiteLook } from '../look/site-look.js';
import { routingDue } from '../routing/routing-view.js';
import { Composer } from './composer.js';
import { GreetingFrame } from './greeting-frame.js';
import { Header, type Face } from './header.js';
import { I18nContext, type Translate } from './i18n-context.js';
import { StatusBanner } from './status-banner.js';
import { trapFocus } from './trap-focus.js';
import { useChatState } from './use-chat-state.js';
import { useLazyModule } from './use-lazy-module.js';
import { useStrings } from './use-strings.js';

// On-demand chunks (`chunks/lazy-*`): the chat itself never waits for them.
const loadKnowledge = () => import('../knowledge/knowledge-panel.js');
const loadRoutingParts = () => import('../routing/routing-parts.js');
const loadConversation = () => import('./conversation-parts.js');
const loadQueue = () => import('../routing/queue-parts.js');

export interface ChatPanelProps {
  client: ChatClient;
  /** The embed's data-locale. */
  localeOverride: string | null;
  onClose(): void;
  /** The server's origin, for bot avatars. */
  serverOrigin?: string;
  /** The host already wears the site's look (kept from an earlier page view). */
  styled?: boolean;
}

/** The panel. It stays mounted while closed (hidden), so a half-written message survives closing. */
export function ChatPanel({ client, localeOverride, onClose, serverOrigin, styled = false }: ChatPanelProps) {
  const state = useChatState(client);
  const locale = chatLocale(localeOverride, state.site, navigator.languages);
  const t = useStrings(locale);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.open) input.current?.focus();
  }, [state.open, !t]);
  // Self-service search is fetched on the first click; routing's parts the first time one is due.
  const [helpOpen, setHelpOpen] = useState(false);
  // An article the bot named: the help panel opens on it.
  const [article, setArticle] = useState<string | null>(null);
  const Knowledge = useLazyModule(loadKnowledge, helpOpen)?.KnowledgePanel;
  const routing = useLazyModule(loadRoutingParts, routingDue(state));
  const queue = useLazyModule(loadQueue, state.conversation?.status === 'waiting');
  const [typed, setTyped] = useState(false);
  const proactive = state.conversation?.status === 'open' || state.conversation?.status === 'waiting' ? null : state.proactive;
  // Also when the site has a pre-chat form: the conversation's parts bring it (and fetch its own chunk only when due).
  const conversation = useLazyModule(loadConversation, typed || !!proactive || state.messages.length + state.outbox.length > 0 || !!state.live?.prechat.enabled);
  // Shown once its language is here and its look known (or not coming): never a flash of the
  // default colours or of English first.
  const settled = styled || !!state.site || state.connection === 'refused' || state.connection === 'reconnecting' || !state.online;
  if (!t) return null;
  const closed = state.conversation?.status === 'closed';
  // The leave-a-message form takes the panel's body while in use ("Back to the chat" returns).
  const formInUse = state.offlineForm !== 'idle' && state.offlineForm !== 'closed';
  const look = lookOf(state.site);
  const title = look.teamName || state.site?.name || t('widget.header.title');
  const greeting = welcomeOf(look, locale) ?? t('widget.greeting');
  const team = { name: title, src: look.avatarUrl };

  return (
    <I18nContext.Provider value={t}>
      <section
        class="panel"
        role="dialog"
        aria-labelledby="parley-title"
        lang={locale}
        dir={isRightToLeft(locale) ? 'rtl' : 'ltr'}
        hidden={!state.open || !settled}
        onKeyDown={(event) => (event.key === 'Escape' ? onClose() : trapFocus(event))}
      >
        <Header title={title} status={statusLine(state, look, t)} faces={faces(title, look, state.messages)} onClose={onClose} />
        <StatusBanner online={state.online} connection={state.connection} />
        {formInUse ? null : helpOpen && Knowledge ? (
          <Knowledge client={client} locale={locale} title={article} onClose={() => (setHelpOpen(false), setArticle(null))} />
        ) : (
          <>
            {queue && <queue.QueuePlace state={state} client={client} locale={locale} />}
            {conversation ? (
              <conversation.Transcript
              client={client}
              messages={state.messages}
              outbox={state.outbox}
              closed={closed}
              open={state.open}
              greeting={greeting}
              team={team}
              proactive={proactive}
              locale={locale}
              {...(serverOrigin ? { serverOrigin } : {})}
              refused={state.connection === 'refused'}
              onRemove={(clientId) => client.removeUnsent(clientId)}
              onRetry={(clientId) => client.retryUnsent(clientId)}
              onArticle={(title) => (setArticle(title), setHelpOpen(true))}
            />
            ) : (
              <GreetingFrame greeting={greeting} team={team} proactive={proactive} />
            )}
            {conversation && closed && <conversation.ClosedParts client={client} locale={locale} />}
            {conversation && (
              <conversation.BotActions
                messages={state.messages}
                closed={closed}
                onSend={(text) => void client.send(text)}
                onAskForPerson={() => void client.askForPerson()}
              />
            )}
            <button type="button" class="help-link" onClick={() => setHelpOpen(true)}>
              {t('widget.kb.open')}
            </button>
          </>
        )}
        {routing && <routing.Prechat state={state} client={client} locale={locale} />}
        {/* Kept in one place in the tree, so a half-written message survives the chunk arriving.
            Only real text fetches the conversation's parts: leaving an empty field (a blur says
            "not typing") swapped the greeting for the transcript under the visitor's focus. */}
        {(state.offlineForm === 'idle' || state.offlineForm === 'closed') && (
          <Composer onSend={(text) => client.send(text)} onType={(text) => (text && setTyped(true), conversation?.typing(client, text))} inputRef={input}>
            {conversation && <conversation.ComposerTools client={client} serverOrigin={serverOrigin} locale={locale} />}
          </Composer>
        )}
      </section>
    </I18nContext.Provider>
  );
}

/**
 * The header's one status line, from one source each: nobody available says so (and the form
 * offers itself); a waiting conversation says nothing here (the queue line holds its one
 * estimate); otherwise the typical reply time the site states.
 */
function statusLine(state: ChatState, look: SiteLook, t: Translate): string | null {
  if (state.conversation?.status === 'waiting') return null;
  if (state.availability && !state.availability.available && state.conversation?.status !== 'open') return t('widget.reply.away');
  const reply = look.replyTime;
  return t(reply === 'hours' ? 'widget.reply.hours' : reply === 'day' ? 'widget.reply.day' : reply === 'off' ? 'widget.reply.off' : 'widget.reply.minutes');
}

/** The team's face (the site's avatar, else its initial) and those of the people in this conversation. */
function faces(team: string, look: SiteLook, messages: readonly Message[]): Face[] {
  const people = new Map<string, Face>([[team, { name: team, src: look.avatarUrl }]]);
  for (const m of messages) if (m.author.type === 'agent' && m.author.name) people.set(m.author.name, { name: m.author.name });
  return [...people.values()].slice(0, 3);
}
