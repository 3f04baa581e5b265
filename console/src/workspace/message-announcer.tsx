import { useRef, useState } from 'preact/hooks';
import type { AnyLocale, Conversation } from '@parley/shared';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useShellT } from '../shell/use-shell-t.js';

/** Long messages are cut: the announcement says who and how it starts; the transcript has the rest. */
const MAX_CHARS = 140;

/**
 * New visitor messages, read out by screen readers without moving focus: a polite live region
 * that says who wrote and what. It hears `conversation:updated` (sent to the whole workspace),
 * so messages in conversations that are not open are announced too; each line once.
 */
export function MessageAnnouncer({ socket, locale, nameOf }: { socket: ConsoleSocket; locale: AnyLocale; nameOf(conversation: Conversation): string | undefined }) {
  const st = useShellT();
  const [text, setText] = useState('');
  const heard = useRef(new Map<string, number>());
  // Lines older than the page are history, not news (a little slack for the server's clock).
  const since = useRef(Date.now() - 5_000);
  useSocketEvent(socket, 'conversation:updated', (c) => {
    const last = c.lastMessage;
    if (!last || last.authorType !== 'visitor') return;
    const before = heard.current.get(c.id);
    heard.current.set(c.id, last.createdAt);
    if (last.createdAt <= (before ?? since.current)) return;
    const said = last.text.length > MAX_CHARS ? `${last.text.slice(0, MAX_CHARS)}…` : last.text;
    setText(st('shell.announce.message', { name: nameOf(c) ?? visitorLabel(locale, c.visitorId), text: said }));
  });
  return (
    <div class="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
