import type { Agent, Conversation } from '@parley/shared';
import { visitorLabel } from '../conversations/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { ActionError } from './action-error.js';
import { Composer } from './composer.js';
import { ConversationContextPanel } from './conversation-context-panel.js';
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
  onBack(): void;
}

/** The right column: one conversation's transcript, actions and reply box. */
export function ConversationView({ socket, outbox, agent, conversationId, summary, onBack }: ConversationViewProps) {
  const { t } = useI18n();
  const { controller, state, outgoing } = useConversation(socket, outbox, conversationId);
  const conversation = state.conversation ?? summary ?? null;
  const title = conversation ? visitorLabel(t, conversation.visitorId) : '';
  const closed = conversation?.status === 'closed';

  return (
    <section class="conversation" aria-label={title}>
      <ConversationHeader
        title={title}
        conversation={conversation}
        onClaim={() => controller.claim()}
        onClose={() => controller.close()}
        onBack={onBack}
      />
      {state.error && <ActionError error={state.error} onDismiss={() => controller.dismissError()} />}
      <div class="conversation-body">
        <MessageList messages={state.messages} outgoing={outgoing} agentName={agent.name} label={title} />
        <ConversationContextPanel socket={socket} conversationId={conversationId} />
      </div>
      {closed ? (
        <p class="read-only">{t('console.conversation.readOnly')}</p>
      ) : (
        <Composer onSend={(text, internal) => outbox.send(conversationId, text, internal)} />
      )}
    </section>
  );
}
