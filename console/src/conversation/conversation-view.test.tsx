import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits, type Conversation, type Message } from '@parley/shared';
import { deferred, FakeSocket } from '../test/fake-socket.js';
import { agent, conversation, message } from '../test/fixtures.js';
import { renderInEnglish } from '../test/render.js';
import { ConversationView } from './conversation-view.js';
import { Outbox } from './outbox.js';

let socket: FakeSocket;
let outbox: Outbox;
/** The "server's" transcript of c1. */
let transcript: Message[];
let current: Conversation;

function show() {
  renderInEnglish(
    <ConversationView socket={socket} outbox={outbox} agent={agent} conversationId="c1" summary={current} onBack={() => {}} />,
  );
}

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Texts of the transcript, top to bottom. */
function texts(): string[] {
  return [...document.querySelectorAll('.transcript .message-text')].map((el) => el.textContent!);
}

function reply(text: string) {
  const box = screen.getByRole('textbox', { name: 'Reply' });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** Stores an agent message as the server would: next seq, the client's id. */
function store(payload: { clientId: string; text: string; internal?: boolean }): Message {
  const stored = message('c1', transcript.length + 1, {
    clientId: payload.clientId,
    text: payload.text,
    internal: payload.internal ?? false,
    author: { type: 'agent', id: agent.id, name: agent.name },
  });
  transcript.push(stored);
  return stored;
}

beforeEach(() => {
  transcript = [message('c1', 1, { text: '你好' }), message('c1', 2, { text: 'anyone?' })];
  current = conversation({ id: 'c1', updatedAt: 1000 });
  socket = new FakeSocket()
    // Both answer one page at most, as the server does.
    .answer('conversation:join', () => ({ ok: true, data: { conversation: current, messages: transcript.slice(0, limits.syncPage) } }))
    .answer('messages:sync', ({ afterSeq }: { afterSeq: number }) => ({
      ok: true,
      data: { messages: transcript.filter((m) => m.seq > afterSeq).slice(0, limits.syncPage) },
    }))
    .answer('conversation:leave', () => ({ ok: true, data: null }));
  outbox = new Outbox(socket, { retryMs: 60_000 });
  outbox.start();
  socket.connected = true;
});

afterEach(() => {
  cleanup();
  outbox.stop();
});

describe('conversation view transcript', () => {
  it('merges a live message that overlaps the snapshot without duplicating it', async () => {
    const join = deferred<{ ok: true; data: { conversation: Conversation; messages: Message[] } }>();
    socket.answer('conversation:join', () => join.promise);
    show();
    await flush();
    // A live message stored after the join reaches us before the snapshot does, and is in it too.
    transcript.push(message('c1', 3, { text: 'hello?' }));
    act(() => socket.fire('message:new', transcript[2]!));
    join.resolve({ ok: true, data: { conversation: current, messages: [...transcript] } });
    await flush();
    expect(texts()).toEqual(['你好', 'anyone?', 'hello?']);
  });

  it('re-joins after a reconnect and catches up on everything missed, once each', async () => {
    show();
    await flush();
    expect(texts()).toEqual(['你好', 'anyone?']);
    // Away for a while: the room is lost and a long stretch goes by unseen, an internal note among it.
    act(() => socket.drop());
    transcript.push(message('c1', 3, { text: 'VIP customer', internal: true, author: { type: 'agent', id: 'a2', name: 'Kim' } }));
    while (transcript.length < limits.syncPage + 20) transcript.push(message('c1', transcript.length + 1));
    const joinsBefore = socket.sentOf('conversation:join').length;
    act(() => socket.open());
    // One more arrives live as soon as we are back in the room, before the catch-up answers.
    transcript.push(message('c1', transcript.length + 1, { text: 'ok thanks' }));
    act(() => socket.fire('message:new', transcript.at(-1)!));
    await flush();

    expect(socket.sentOf('conversation:join').length).toBe(joinsBefore + 1);
    // The snapshot holds one page; the catch-up starts where it ends, not after the live message.
    expect(socket.sentOf('messages:sync').at(-1)).toEqual({ conversationId: 'c1', afterSeq: limits.syncPage });
    const shown = texts();
    expect(shown).toHaveLength(transcript.length);
    expect(shown).toEqual(transcript.map((m) => m.text));
    const note = document.querySelector('[data-seq="3"]')!;
    expect(note.classList.contains('internal')).toBe(true);
    expect(note.textContent).toContain('Internal note');
    expect(note.textContent).toContain('Kim');
  });

  it('shows a reply at once as pending, then the stored message once', async () => {
    const ack = deferred<{ ok: true; data: Message }>();
    let stored: Message | undefined;
    socket.answer('message:send', (payload: { clientId: string; text: string }) => {
      stored = store(payload);
      return ack.promise;
    });
    show();
    await flush();
    reply('我来帮您');
    await flush();
    expect(texts()).toEqual(['你好', 'anyone?', '我来帮您']);
    expect(screen.getByText('Sending…')).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Reply' }).value).toBe('');

    // The live echo may beat the ack: still one copy, no longer pending.
    act(() => socket.fire('message:new', stored!));
    expect(texts()).toEqual(['你好', 'anyone?', '我来帮您']);
    expect(screen.queryByText('Sending…')).toBeNull();
    ack.resolve({ ok: true, data: stored! });
    await flush();
    expect(texts()).toEqual(['你好', 'anyone?', '我来帮您']);
  });

  it('sends an unacknowledged reply again after a reconnect, with the same clientId', async () => {
    let attempts = 0;
    socket.answer('message:send', (payload: { clientId: string; text: string }) => {
      attempts++;
      // The first attempt is stored, but the connection drops before its ack comes back.
      if (attempts === 1) {
        store(payload);
        return new Promise(() => {});
      }
      const existing = transcript.find((m) => m.clientId === payload.clientId);
      return { ok: true, data: existing ?? store(payload) };
    });
    show();
    await flush();
    reply('one moment');
    await flush();
    act(() => socket.drop());
    await flush();
    expect(screen.getByText('Sending…')).toBeTruthy();

    act(() => socket.open());
    await flush();
    const sends = socket.sentOf('message:send') as Array<{ clientId: string }>;
    expect(sends).toHaveLength(2);
    expect(sends[1]!.clientId).toBe(sends[0]!.clientId);
    expect(texts()).toEqual(['你好', 'anyone?', 'one moment']);
    expect(screen.queryByText('Sending…')).toBeNull();
  });

  it('sends an internal note when the toggle is on, and marks it', async () => {
    socket.answer('message:send', (payload: { clientId: string; text: string; internal: boolean }) => ({ ok: true, data: store(payload) }));
    show();
    await flush();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note' }));
    reply('check their order first');
    await flush();
    expect(socket.sentOf('message:send')[0]).toMatchObject({ internal: true, text: 'check their order first' });
    const note = document.querySelector('[data-seq="3"]')!;
    expect(note.classList.contains('internal')).toBe(true);
  });
});

describe('conversation view actions', () => {
  it('takes a waiting conversation and closes it, after which it is read-only', async () => {
    socket
      .answer('conversation:claim', () => ({ ok: true, data: (current = { ...current, status: 'open', assigneeId: agent.id, updatedAt: 2000 }) }))
      .answer('conversation:close', () => ({ ok: true, data: (current = { ...current, status: 'closed', closedAt: 3000, updatedAt: 3000 }) }));
    show();
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Take it' }));
    await flush();
    expect(screen.queryByRole('button', { name: 'Take it' })).toBeNull();
    expect(document.querySelector('.conversation-header .status-badge')!.textContent).toBe('Open');

    fireEvent.click(screen.getByRole('button', { name: 'Close conversation' }));
    await flush();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.getByText('This conversation is closed. Its transcript is read-only.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close conversation' })).toBeNull();
  });

  it('says so when a colleague took the conversation first', async () => {
    socket.answer('conversation:claim', () => ({ ok: false, error: { code: 'conflict', message: 'conversation is not waiting' } }));
    show();
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Take it' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Someone else has already taken this conversation.'));
    // Their claim reaches us as an update: the button goes.
    act(() => socket.fire('conversation:updated', { ...current, status: 'open', assigneeId: 'a2', updatedAt: 5000 }));
    expect(screen.queryByRole('button', { name: 'Take it' })).toBeNull();
  });

  it('opens a closed conversation read-only', async () => {
    current = conversation({ id: 'c1', status: 'closed', closedAt: 2000, updatedAt: 2000 });
    show();
    await flush();
    expect(texts()).toEqual(['你好', 'anyone?']);
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close conversation' })).toBeNull();
  });
});
