import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Message } from '@parley/shared';
import { MessageItem, type TranscriptEntry } from './message-item.js';
import type { OutgoingMessage } from './outbox.js';

export interface MessageListProps {
  messages: readonly Message[];
  outgoing: readonly OutgoingMessage[];
  agentName: string;
  label: string;
  /** Highest seq the visitor has seen: "Seen" goes under the team's last line up to it. */
  visitorReadSeq?: number;
  /** The word for that mark, in the console's language. */
  seenLabel?: string;
  /** Messages up to this seq are on screen: the view reports it as read. */
  onSeen?(seq: number): void;
}

/** How close to the bottom counts as "reading the latest": new messages then scroll into view. */
const STICK_PX = 80;

/** The transcript, oldest first, with our replies still on their way at the end. */
export function MessageList({ messages, outgoing, agentName, label, visitorReadSeq = 0, seenLabel, onSeen }: MessageListProps) {
  const scroller = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const entries: TranscriptEntry[] = [
    ...messages.map((message) => ({ kind: 'stored' as const, message })),
    ...outgoing.map((item) => ({ kind: 'outgoing' as const, item })),
  ];

  // Follow new messages only when the agent was already at the bottom: never yank them away
  // from something they scrolled up to read.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [entries.length]);
  // What is in the list is on screen while the pane is shown: report the highest seq as read.
  const top = messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (top) onSeen?.(top);
  }, [top, onSeen]);
  const seenSeq = [...messages].reverse().find((m) => m.author.type !== 'visitor' && m.author.type !== 'system' && !m.internal && m.seq <= visitorReadSeq)?.seq;

  return (
    <ol
      class="transcript"
      ref={scroller}
      aria-label={label}
      onScroll={(event) => {
        const el = event.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
      }}
    >
      {entries.map((entry) => (
        <MessageItem
          key={entry.kind === 'stored' ? entry.message.id : entry.item.clientId}
          entry={entry}
          agentName={agentName}
          seen={entry.kind === 'stored' && entry.message.seq === seenSeq ? seenLabel : undefined}
        />
      ))}
    </ol>
  );
}
