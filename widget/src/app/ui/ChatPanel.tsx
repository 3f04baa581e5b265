import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translate } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { chatLocale } from '../locale.js';
import type { KnowledgePanelProps } from '../knowledge/KnowledgePanel.js';
import { BotActions } from './BotActions.js';
import { Composer } from './Composer.js';
import { DepartmentChoice, showDepartmentChoice } from './DepartmentChoice.js';
import { OfflineForm, OfflineOffer, showOfflineForm, showOfflineOffer } from './OfflineForm.js';
import { QueueBanner } from './QueueBanner.js';
import { Header } from './Header.js';
import { I18nContext } from './i18n-context.js';
import { StatusBanner } from './StatusBanner.js';
import { Transcript } from './Transcript.js';
import { useChatState } from './use-chat-state.js';

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
    () => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.open) input.current?.focus();
  }, [state.open]);
  // Self-service search is its own chunk, fetched on the first click: the chat itself never waits for it.
  const [Knowledge, setKnowledge] = useState<ComponentType<KnowledgePanelProps> | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = () => {
    setHelpOpen(true);
    if (!Knowledge) void import('../knowledge/KnowledgePanel.js').then((m) => setKnowledge(() => m.KnowledgePanel));
  };
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
            <button type="button" class="help-link" onClick={openHelp}>
              {t('widget.kb.open')}
            </button>
            <QueueBanner conversation={state.conversation} queue={state.queue} locale={locale} />
            <Transcript
              messages={state.messages}
              outbox={state.outbox}
              closed={closed}
              proactive={state.conversation?.status === 'open' || state.conversation?.status === 'waiting' ? null : state.proactive}
              locale={locale}
              {...(serverOrigin ? { serverOrigin } : {})}
            />
            <BotActions
              messages={state.messages}
              closed={closed}
              onSend={(text) => void client.send(text)}
              onAskForPerson={() => void client.askForPerson()}
            />
          </>
        )}
        {showOfflineForm(state) ? (
          <OfflineForm state={state.offlineForm} onSubmit={(input) => void client.leaveMessage(input)} />
        ) : (
          <>
            {showOfflineOffer(state) && <OfflineOffer onOpen={() => client.openOfflineForm()} />}
            {showDepartmentChoice(state) && (
              <DepartmentChoice departments={state.availability!.departments} value={state.departmentId} onChange={(id) => client.chooseDepartment(id)} />
            )}
            <Composer onSend={(text) => client.send(text)} inputRef={input} />
          </>
        )}
      </section>
    </I18nContext.Provider>
  );
}
