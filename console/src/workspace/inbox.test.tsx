import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { friendlyVisitorName, type Conversation, type ConversationListInput } from '@parley/shared';
import { deferred, FakeSocket } from '../test/fake-socket.js';
import { agent, conversation, message } from '../test/fixtures.js';
import { renderInEnglish } from '../test/render.js';
import { Inbox } from './inbox.js';

/** The "server's" conversations; `conversation:list` filters them as the real one does. */
let serverConversations: Conversation[];
let socket: FakeSocket;

function listAnswer(query: ConversationListInput) {
  const data = serverConversations
    .filter((c) => !query.status || query.status.includes(c.status))
    .filter((c) => !query.mine || c.assigneeId === agent.id)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return { ok: true as const, data };
}

/** Preview texts of the rows in the open tab, top to bottom. */
function rows(): string[] {
  const panel = screen.getByRole('tabpanel');
  return within(panel)
    .queryAllByRole('button')
    .map((row) => row.querySelector('.row-preview')!.textContent!);
}

/** A change on the server, and the event it broadcasts. */
function serverChange(changed: Conversation) {
  serverConversations = serverConversations.filter((c) => c.id !== changed.id).concat(changed);
  act(() => socket.fire('conversation:updated', changed));
}

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('conversation list', () => {
  beforeEach(async () => {
    serverConversations = [
      conversation({ id: 'a', updatedAt: 1000 }),
      conversation({ id: 'b', updatedAt: 3000 }),
      conversation({ id: 'c', updatedAt: 2000 }),
      conversation({ id: 'd', updatedAt: 2500, status: 'open', assigneeId: agent.id }),
      conversation({ id: 'e', updatedAt: 900, status: 'closed', closedAt: 900 }),
    ];
    socket = new FakeSocket().answer('conversation:list', listAnswer);
    renderInEnglish(<Inbox socket={socket} agent={agent} />);
    act(() => socket.open());
    await flush();
  });
  afterEach(cleanup);

  it('shows waiting conversations newest activity first, with preview, status and a count in the tab and title', () => {
    expect(rows()).toEqual(['hello from b', 'hello from c', 'hello from a']);
    const first = within(screen.getByRole('tabpanel')).getAllByRole('button')[0]!;
    expect(first.textContent).toContain(friendlyVisitorName('visb', 'en'));
    expect(first.textContent).toContain('Waiting');
    expect(screen.getByRole('tab', { name: 'Waiting 3' }).getAttribute('aria-selected')).toBe('true');
    expect(document.title).toBe('(3) Parley');
  });

  it('moves conversations between tabs as live updates arrive', async () => {
    // b is taken by this agent; a newer visitor writes in; c is closed by a colleague.
    serverChange(conversation({ id: 'b', updatedAt: 4000, status: 'open', assigneeId: agent.id }));
    serverChange(conversation({ id: 'f', updatedAt: 5000 }));
    serverChange(conversation({ id: 'c', updatedAt: 6000, status: 'closed', closedAt: 6000 }));
    expect(rows()).toEqual(['hello from f', 'hello from a']);
    expect(screen.getByRole('tab', { name: 'Waiting 2' })).toBeTruthy();
    expect(document.title).toBe('(2) Parley');

    // A new message in a moves it to the top, replacing the row rather than adding one.
    const newer = conversation({ id: 'a', updatedAt: 7000 });
    newer.lastMessage = { text: 'are you there?', authorType: 'visitor', createdAt: 7000 };
    serverChange(newer);
    expect(rows()).toEqual(['are you there?', 'hello from f']);

    fireEvent.click(screen.getByRole('tab', { name: /^Mine/ }));
    await flush();
    expect(rows()).toEqual(['hello from b', 'hello from d']);

    // Closed is under "More views"; chosen from there, it joins the tabs.
    fireEvent.click(screen.getByRole('button', { name: 'More views' }));
    fireEvent.click(screen.getByRole('button', { name: /Closed/ }));
    expect(screen.getByRole('tab', { name: /Closed/ }).getAttribute('aria-selected')).toBe('true');
    await flush();
    expect(rows()).toEqual(['hello from c', 'hello from e']);
  });

  it('opens a conversation from its row and names it in the address', async () => {
    socket.answer('conversation:join', ({ conversationId }: { conversationId: string }) => ({
      ok: true,
      data: { conversation: serverConversations.find((c) => c.id === conversationId)!, messages: [message(conversationId, 1, { text: 'where is my parcel?' })] },
    }));
    socket.answer('messages:sync', () => ({ ok: true, data: { messages: [] } }));
    fireEvent.click(screen.getByRole('button', { name: /hello from c/ }));
    await flush();
    expect(location.pathname).toBe('/conversations/c');
    expect(screen.getByRole('button', { name: /hello from c/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('where is my parcel?')).toBeTruthy();
    expect(screen.getByRole('heading', { name: friendlyVisitorName('visc', 'en') })).toBeTruthy();
    history.pushState(null, '', '/');
  });

  it('moves with j and k and opens with Enter, but not while the agent types or an input method composes', async () => {
    socket.answer('conversation:join', ({ conversationId }: { conversationId: string }) => ({
      ok: true,
      data: { conversation: serverConversations.find((c) => c.id === conversationId)!, messages: [] },
    }));
    socket.answer('messages:sync', () => ({ ok: true, data: { messages: [] } }));
    const highlighted = () => document.querySelector('.conversation-row.highlighted .row-preview')?.textContent;
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(highlighted()).toBe('hello from c');
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(highlighted()).toBe('hello from b');
    // In a field, or composing pinyin, j is a letter.
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j', isComposing: true });
    expect(highlighted()).toBe('hello from b');
    field.remove();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await flush();
    expect(location.pathname).toBe('/conversations/b');
    history.pushState(null, '', '/');
  });

  it('asks for the lists again after a reconnect and drops what changed meanwhile', async () => {
    const listsBefore = socket.sentOf('conversation:list').length;
    act(() => socket.drop());
    // While the console was away, a was closed and g came in: those events never arrived.
    serverConversations = serverConversations
      .map((c) => (c.id === 'a' ? { ...c, status: 'closed' as const, updatedAt: 8000 } : c))
      .concat(conversation({ id: 'g', updatedAt: 9000 }));
    act(() => socket.open());
    await flush();
    expect(socket.sentOf('conversation:list').length).toBeGreaterThan(listsBefore);
    expect(rows()).toEqual(['hello from g', 'hello from b', 'hello from c']);
    expect(document.title).toBe('(3) Parley');
  });
});

describe('conversation list while a list request is under way', () => {
  afterEach(cleanup);

  it('keeps a conversation that a live event moved into the tab after the list was read', async () => {
    serverConversations = [conversation({ id: 'a', updatedAt: 1000 })];
    const slowList = deferred<ReturnType<typeof listAnswer>>();
    let calls = 0;
    socket = new FakeSocket().answer('conversation:list', (query: ConversationListInput) =>
      ++calls === 1 ? listAnswer(query) : slowList.promise,
    );
    renderInEnglish(<Inbox socket={socket} agent={agent} />);
    act(() => socket.open());
    await flush();
    // The waiting list is read on the server before b arrives, and answered after its event.
    const staleAnswer = listAnswer({ status: ['waiting'] });
    serverChange(conversation({ id: 'b', updatedAt: 2000 }));
    slowList.resolve(staleAnswer);
    await flush();
    expect(rows()).toEqual(['hello from b', 'hello from a']);
  });
});
