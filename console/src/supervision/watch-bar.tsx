import '../styles/supervision.css';
import { nanoid } from 'nanoid';
import { useId, useState } from 'preact/hooks';
import { agentCommand, type Agent, type Conversation, type Message } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { Button } from '../ui/button.js';
import { useToast } from '../ui/toast.js';
import { useSupervisionT } from './use-supervision-t.js';

export interface WatchBarProps {
  socket: ConsoleSocket;
  conversation: Conversation;
  me: Agent;
  /** Who holds it now (a colleague's name). */
  holderName: string;
}

/** A supervisor or admin watching a colleague's chat: read-only until they act. */
export function watches(me: Agent, conversation: Conversation | null): conversation is Conversation {
  return !!conversation && me.role !== 'agent' && conversation.status !== 'closed' && !!conversation.assigneeId && conversation.assigneeId !== me.id;
}

/**
 * Instead of the reply box while a supervisor watches a colleague's chat: Take over (assigns it
 * to them; the visitor reads the usual handover line) or a whisper to the holder (an internal
 * note only they, supervisors and admins read: `POST /conversations/{id}/messages` with `whisper`).
 */
export function WatchBar({ socket, conversation, me, holderName }: WatchBarProps) {
  const st = useSupervisionT();
  const rest = useRestClient();
  const toast = useToast();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const takeOver = async () => {
    setBusy(true);
    const ack = await agentCommand(socket, 'conversation:assign', { conversationId: conversation.id, agentId: me.id }, COMMAND_TIMEOUT_MS);
    setBusy(false);
    if (!ack.ok) toast(st('supervision.takeOver.failed', { reason: ack.error.message }), 'danger');
  };
  const whisper = async () => {
    const body = text.trim();
    if (!body) return;
    setBusy(true);
    const sent = await rest<{ message: Message }>('POST', `/conversations/${conversation.id}/messages`, { text: body, clientId: nanoid(), internal: true, whisper: true });
    setBusy(false);
    if (sent.ok) setText('');
    else toast(st('supervision.whisper.failed', { reason: sent.error.message }), 'danger');
  };
  return (
    <div class="watch-bar">
      <p>{st('supervision.watching', { name: holderName })}</p>
      <form
        class="watch-actions"
        onSubmit={(e) => {
          e.preventDefault();
          void whisper();
        }}
      >
        <label class="visually-hidden" for={fieldId}>
          {st('supervision.whisper', { name: holderName })}
        </label>
        <textarea
          id={fieldId}
          value={text}
          rows={1}
          placeholder={st('supervision.whisper', { name: holderName })}
          aria-describedby={`${fieldId}-hint`}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              void whisper();
            }
          }}
        />
        <Button type="submit" disabled={busy || !text.trim()}>
          {st('supervision.whisperSend')}
        </Button>
        <Button variant="primary" disabled={busy} onClick={() => void takeOver()}>
          {st('supervision.takeOver')}
        </Button>
      </form>
      <p id={`${fieldId}-hint`} class="watch-hint">
        {st('supervision.whisperHint', { name: holderName })}
      </p>
    </div>
  );
}
