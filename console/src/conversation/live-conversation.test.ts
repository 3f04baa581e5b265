import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@parley/shared';
import { FakeSocket } from '../test/fake-socket.js';
import { LiveConversation } from './live-conversation.js';

const visitor = { type: 'visitor' as const, id: 'v1', name: null };
const ana = { type: 'agent' as const, id: 'ana', name: 'Ana' };

describe('LiveConversation', () => {
  let socket: FakeSocket;
  let live: LiveConversation;
  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    socket = new FakeSocket();
    socket.open();
    live = new LiveConversation(socket, 'c1', 'me');
    live.start();
  });
  afterEach(() => {
    live.stop();
    vi.useRealTimers();
  });

  it('shows the visitor typing with the draft, keeps the draft between relays, clears on their message or after a silence', () => {
    socket.fire('typing', { conversationId: 'c1', who: visitor, typing: true, draft: 'my ord' });
    expect(live.state.get().visitor).toEqual({ name: null, draft: 'my ord' });
    socket.fire('typing', { conversationId: 'c1', who: visitor, typing: true });
    expect(live.state.get().visitor?.draft).toBe('my ord');
    socket.fire('message:new', { conversationId: 'c1', author: visitor } as Message);
    expect(live.state.get().visitor).toBeNull();
    socket.fire('typing', { conversationId: 'c1', who: visitor, typing: true });
    vi.advanceTimersByTime(7000);
    expect(live.state.get().visitor).toBeNull();
    // Another conversation's typing is not this one's.
    socket.fire('typing', { conversationId: 'c2', who: visitor, typing: true });
    expect(live.state.get().visitor).toBeNull();
  });

  it('lists colleagues viewing (never me) and which of them is typing', () => {
    socket.fire('conversation:viewers', { conversationId: 'c1', viewers: [{ id: 'me', name: 'Me' }, { id: 'ana', name: 'Ana' }] });
    expect(live.state.get().colleagues).toEqual([{ id: 'ana', name: 'Ana', typing: false }]);
    socket.fire('typing', { conversationId: 'c1', who: ana, typing: true });
    expect(live.state.get().colleagues[0]?.typing).toBe(true);
    socket.fire('typing', { conversationId: 'c1', who: ana, typing: false });
    expect(live.state.get().colleagues[0]?.typing).toBe(false);
  });

  it('raises what the visitor read, and reports what I read once per new highest seq while visible', () => {
    socket.fire('conversation:read', { conversationId: 'c1', by: 'visitor', seq: 4 });
    socket.fire('conversation:read', { conversationId: 'c1', by: 'visitor', seq: 2 });
    socket.fire('conversation:read', { conversationId: 'c1', by: 'agent', seq: 9 });
    expect(live.state.get().visitorReadSeq).toBe(4);
    live.reportRead(3);
    live.reportRead(3);
    live.reportRead(5);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    live.reportRead(6);
    expect(socket.hints.filter((h) => h.event === 'conversation:read').map((h) => h.payload)).toEqual([
      { conversationId: 'c1', seq: 3 },
      { conversationId: 'c1', seq: 5 },
    ]);
  });

  it('sends my typing by the shared rules', () => {
    live.typing.update('hel', false);
    live.typing.update('hell', false);
    live.typing.update('', false);
    expect(socket.hints.filter((h) => h.event === 'typing').map((h) => h.payload)).toEqual([
      { conversationId: 'c1', typing: true },
      { conversationId: 'c1', typing: false },
    ]);
  });
});
