import { useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import { agentCommand, type LiveVisitor } from '@parley/shared';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';

export interface StartChatFormProps {
  socket: ConsoleSocket;
  siteId: string;
  visitor: LiveVisitor;
  onStarted(conversationId: string): void;
  onCancel(): void;
}

/** The first message of a chat the agent starts with a visitor on the site. */
export function StartChatForm({ socket, siteId, visitor, onStarted, onCancel }: StartChatFormProps) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [clientId] = useState(() => nanoid());
  const label = t('console.visitors.firstMessage', { name: visitorLabel(locale, visitor.visitorId, visitor.name) });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    const ack = await agentCommand(socket, 'visitor:chat', { siteId, visitorId: visitor.visitorId, clientId, text }, COMMAND_TIMEOUT_MS);
    if (ack.ok) onStarted(ack.data.id);
    else setError(t('console.error.generic', { reason: ack.error.message }));
  };
  return (
    <form class="start-chat" onSubmit={submit}>
      <label>
        {label}
        <textarea value={text} rows={2} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {error && <p class="form-error">{error}</p>}
      <button type="submit" class="button">
        {t('console.visitors.send')}
      </button>{' '}
      <button type="button" class="button subtle" onClick={onCancel}>
        {t('console.triggers.cancel')}
      </button>
    </form>
  );
}
