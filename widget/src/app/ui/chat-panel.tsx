import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { catalogs, translateIn, type MessageKey } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { chatLocale } from '../locale.js';
import { routingDue } from '../routing/routing-view.js';
import { BotActions } from './bot-actions.js';
import { Composer } from './composer.js';
import { Header } from './header.js';
import { I18nContext } from './i18n-context.js';
import { StatusBanner } from './status-banner.js';
import { Transcript } from './transcript.js';
import { useChatState } from './use-chat-state.js';
import { useLazyModule } from './use-lazy-module.js';

// On-demand chunks (`chunks/lazy-*`): the chat itself never waits for them.
const loadKnowledge = () => import('../knowledge/knowledge-panel.js');
const loadRoutingParts = () => import('../routing/routing-parts.js');

export interface ChatPanelProps {
  client: ChatClient;
  /** The embed's data-locale. */
  localeOverride: string | null;
  onClose(): void;
  /** The server's origin, for bot avatars. */
  serverOrigin?: string;
}

/** The panel. It stays mounted while closed (hidden), so a half-written message survives closing. */
export function ChatPanel({ client, localeOverride, onClose, serverOrigin }: ChatPanelProps) {
  const state = useChatState(client);
  const locale = chatLocale(localeOverride, state.site, navigator.languages);
  const t = useMemo(
    () => (key: MessageKey, params?: Record<string, string | number>) => translateIn(catalogs, locale, key, params),
    [locale],
  );
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.open) input.current?.focus();
  }, [state.open]);
  // Self-service search is fetched on the first click; routing's parts the first time one is due.
  const [helpOpen, setHelpOpen] = useState(false);
  const Knowledge = useLazyModule(loadKnowledge, helpOpen)?.KnowledgePanel;
  const routing = useLazyModule(loadRoutingParts, routingDue(state));
  const closed = state.conversation?.status === 'closed';

  return (
    <I18nContext.Provider value={t}>
      <section
        class="panel"
        role="dialog"
        aria-labelledby="parley-title"
        lang={locale}
        hidden={!state.open}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <Header title={state.site?.name || t('widget.header.title')} onClose={onClose} />
        <StatusBanner online={state.online} connection={state.connection} />
        {helpOpen && Knowledge ? (
          <Knowledge client={client} locale={locale} onClose={() => setHelpOpen(false)} />
        ) : (
          <>
            <button type="button" class="help-link" onClick={() => setHelpOpen(true)}>
              {t('widget.kb.open')}
            </button>
            {routing && <routing.QueuePlace state={state} client={client} locale={locale} />}
            <Transcript
              messages={state.messages}
              outbox={state.outbox}
              closed={closed}
              proactive={state.conversation?.status === 'open' || state.conversation?.status === 'waiting' ? null : state.proactive}
              locale={locale}
              {...(serverOrigin ? { serverOrigin } : {})}
              refused={state.connection === 'refused'}
              onRemove={(clientId) => client.removeUnsent(clientId)}
            />
            <BotActions
              messages={state.messages}
              closed={closed}
              onSend={(text) => void client.send(text)}
              onAskForPerson={() => void client.askForPerson()}
            />
          </>
        )}
        {routing && <routing.Prechat state={state} client={client} locale={locale} />}
        {/* Kept in one place in the tree, so a half-written message survives the chunk arriving. */}
        {state.offlineForm === 'idle' && <Composer onSend={(text) => client.send(text)} inputRef={input} />}
      </section>
    </I18nContext.Provider>
  );
}
