import type { ComponentChildren } from 'preact';
import '../styles/conversation-live.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { loadSession } from '../auth/session.js';
import { useStore } from '../state/use-store.js';
import { formatFileSize } from './attachment-list.js';
import { FileUploads } from './file-uploads.js';
import { LiveConversation } from './live-conversation.js';
import { LiveLines } from './live-lines.js';
import { RatingBadge } from './rating-badge.js';
import { TranscriptExport } from './transcript-export.js';
import { UploadTray } from './upload-tray.js';
import { useLiveT } from './use-live-t.js';
import { agentCommand, type Agent, type Conversation, type ErrorBody } from '@parley/shared';
import { HandToBot } from '../bots/hand-to-bot.js';
import { useBots } from '../bots/use-bots.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { RoutingInfoState } from '../routing/routing-info.js';
import { ServiceLevelBadge } from '../routing/service-level-badge.js';
import { TransferDialog } from '../routing/transfer-dialog.js';
import { useNow } from '../time/use-now.js';
import { visitorLabel } from './visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ActionError } from './action-error.js';
import { Composer } from './composer.js';
import { ConversationHeader } from './conversation-header.js';
import { MessageList } from './message-list.js';
import type { Outbox } from './outbox.js';
import { useConversation } from './use-conversation.js';
import { useComposerPickers } from './use-composer-pickers.js';
import { AssignMenu } from '../supervision/assign-menu.js';
import { WatchBar, watches } from '../supervision/watch-bar.js';

export interface ConversationViewProps {
  socket: ConsoleSocket;
  outbox: Outbox;
  agent: Agent;
  conversationId: string;
  /** What the list knows of it, shown until the transcript arrives. */
  summary?: Conversation | undefined;
  /** Agents, departments and site settings: transfer targets and service-level targets. */
  routing?: RoutingInfoState | undefined;
  onBack(): void;
  /** What the inbox knows the visitor by (their given name or email), over the friendly name. */
  visitorName?: string | undefined;
  /** What the visitor told of themselves (name, email): canned replies' `{{visitor.*}}`. */
  visitor?: { name: string | null; email: string | null } | undefined;
  /** More buttons in the header, whatever the status (the inbox's contact-panel toggle). */
  headerExtra?: ComponentChildren;
}

/** The right column: one conversation's transcript, actions and reply box. */
export function ConversationView({ socket, outbox, agent, conversationId, summary, routing, onBack, visitorName, visitor, headerExtra }: ConversationViewProps) {
  const { t, locale } = useI18n();
  const { controller, state, outgoing } = useConversation(socket, outbox, conversationId);
  const conversation = state.conversation ?? summary ?? null;
  const [transferring, setTransferring] = useState(false);
  const now = useNow(1000);
  const department = routing?.departments.find((d) => d.id === conversation?.departmentId);
  const title = conversation ? (visitorName ?? visitorLabel(locale, conversation.visitorId)) : '';
  const closed = conversation?.status === 'closed';
  const { bots } = useBots();
  const [handError, setHandError] = useState<ErrorBody | null>(null);
  const lt = useLiveT();
  const pickers = useComposerPickers({ conversation, agent, visitor, site: conversation ? routing?.sites?.get(conversation.siteId) : undefined });
  // Issue 13: typing both ways, colleagues here, what the visitor read; files this agent sends.
  const live = useMemo(() => new LiveConversation(socket, conversationId, agent.id), [socket, conversationId, agent.id]);
  const uploads = useMemo(
    () => new FileUploads(conversationId, () => loadSession()?.token ?? '', (file) => outbox.send(conversationId, file.name, false, [file.id])),
    [conversationId, outbox],
  );
  useEffect(() => {
    live.start();
    return () => {
      live.stop();
      uploads.stop();
    };
  }, [live, uploads]);
  const liveState = useStore(live.state);
  const onSeen = useCallback((seq: number) => live.reportRead(seq), [live]);
  const limits = conversation ? routing?.settings.get(conversation.siteId)?.uploads : undefined;
  const canAttach = !closed && limits?.enabled !== false;
  const attach = (files: File[]) => {
    for (const file of files) {
      if (limits && file.size > limits.maxBytes) uploads.refuse(file, lt('live.tooBig', { name: file.name, max: formatFileSize(limits.maxBytes, locale) }));
      else uploads.add([file]);
    }
  };
  const [dropping, setDropping] = useState(false);
  const handToBot = async (botId: string) => {
    const ack = await agentCommand(socket, 'conversation:handoff', { conversationId, botId }, COMMAND_TIMEOUT_MS);
    setHandError(ack.ok ? null : ack.error);
  };

  return (
    <section
      class={`conversation${dropping ? ' dropping' : ''}`}
      aria-label={title}
      onDragOver={(e) => {
        if (!canAttach || !e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => e.relatedTarget === null && setDropping(false)}
      onDrop={(e) => {
        if (!canAttach || !e.dataTransfer?.files.length) return;
        e.preventDefault();
        setDropping(false);
        attach([...e.dataTransfer.files]);
      }}
    >
      <ConversationHeader
        title={title}
        conversation={conversation}
        onClaim={() => controller.claim()}
        onClose={() => controller.close()}
        onBack={onBack}
        headerExtra={headerExtra}
        extraActions={
          <>
            <button type="button" class="button" onClick={() => setTransferring(true)}>
              {t('console.transfer.open')}
            </button>
            {department?.escalatesToId && (
              <button
                type="button"
                class="button"
                onClick={() => void agentCommand(socket, 'conversation:escalate', { conversationId, note: '' }, COMMAND_TIMEOUT_MS)}
              >
                {t('console.escalate')}
              </button>
            )}
            <TranscriptExport conversationId={conversationId} />
            {conversation && agent.role !== 'agent' && (
              <AssignMenu
                socket={socket}
                conversation={conversation}
                agents={routing?.agents ?? []}
                departments={routing?.departments ?? []}
                defaultCapacity={routing?.settings.get(conversation.siteId)?.defaultCapacity ?? 0}
              />
            )}
          </>
        }
      />
      {conversation?.rating && (
        <p class="conversation-rating">
          {lt('live.rating')}: <RatingBadge rating={conversation.rating} withComment />
        </p>
      )}
      {conversation && <HandToBot conversation={conversation} bots={bots} onHand={handToBot} />}
      {conversation && (
        <div class="sla-line">
          <ServiceLevelBadge conversation={conversation} settings={routing?.settings.get(conversation.siteId)} now={now} alert />
        </div>
      )}
      {transferring && (
        <TransferDialog
          socket={socket}
          conversationId={conversationId}
          selfId={agent.id}
          agents={routing?.agents ?? []}
          departments={routing?.departments ?? []}
          onClose={() => setTransferring(false)}
        />
      )}
      {state.error && <ActionError error={state.error} onDismiss={() => controller.dismissError()} />}
      {handError && <ActionError error={handError} onDismiss={() => setHandError(null)} />}
      <div class="conversation-body">
        <div class="transcript-column">
          <MessageList
            messages={state.messages}
            outgoing={outgoing}
            agentName={agent.name}
            label={title}
            visitorReadSeq={Math.max(conversation?.visitorReadSeq ?? 0, liveState.visitorReadSeq)}
            seenLabel={lt('live.seen')}
            onSeen={onSeen}
          />
          <LiveLines live={liveState} visitorName={title} />
        </div>
      </div>
      {closed ? (
        <p class="read-only">{t('console.conversation.readOnly')}</p>
      ) : watches(agent, conversation) ? (
        <WatchBar socket={socket} conversation={conversation} me={agent} holderName={routing?.agents.find((a) => a.id === conversation.assigneeId)?.name ?? ''} />
      ) : (
        <>
          {dropping && <p class="drop-hint">{lt('live.drop')}</p>}
          <UploadTray uploads={uploads} />
          <Composer
            onSend={(text, internal) => outbox.send(conversationId, text, internal)}
            onType={(text) => live.typing.update(text, false)}
            pickers={pickers}
            {...(canAttach ? { onFiles: attach } : {})}
          />
        </>
      )}
    </section>
  );
}
