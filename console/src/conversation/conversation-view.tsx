import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
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
  /** More buttons in the header, whatever the status (the inbox's contact-panel toggle). */
  headerExtra?: ComponentChildren;
}

/** The right column: one conversation's transcript, actions and reply box. */
export function ConversationView({ socket, outbox, agent, conversationId, summary, routing, onBack, visitorName, headerExtra }: ConversationViewProps) {
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
  const handToBot = async (botId: string) => {
    const ack = await agentCommand(socket, 'conversation:handoff', { conversationId, botId }, COMMAND_TIMEOUT_MS);
    setHandError(ack.ok ? null : ack.error);
  };

  return (
    <section class="conversation" aria-label={title}>
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
          </>
        }
      />
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
        <MessageList messages={state.messages} outgoing={outgoing} agentName={agent.name} label={title} />
      </div>
      {closed ? (
        <p class="read-only">{t('console.conversation.readOnly')}</p>
      ) : (
        <Composer onSend={(text, internal) => outbox.send(conversationId, text, internal)} />
      )}
    </section>
  );
}
