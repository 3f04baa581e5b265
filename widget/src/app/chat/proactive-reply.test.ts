import { beforeEach, describe, expect, it } from 'vitest';
import { FakeSocket, FakeVisitorServer } from '../../test-support/fake-socket.js';
import { ChatClient } from './chat-client.js';

const siteKey = 'acme';

describe('answering a proactive message', () => {
  let server: FakeVisitorServer;
  let socket: FakeSocket;
  beforeEach(() => {
    localStorage.clear();
    server = new FakeVisitorServer();
    socket = new FakeSocket();
    socket.answer = (event, payload) => server.handle(event, payload);
  });

  it('shows the clicked message, sends its trigger with the first reply, then lets the conversation take over', async () => {
    // What the tracker stores when the visitor clicks the bubble.
    localStorage.setItem(`parley:${siteKey}:proactive`, JSON.stringify({ id: 'rule-1', text: '需要帮忙吗？', name: 'Mei', by: 'agent' }));
    const client = new ChatClient({ siteKey, open: true, createSocket: socket.factory });
    client.start();
    expect(client.state.proactive).toEqual({ id: 'rule-1', text: '需要帮忙吗？', name: 'Mei' });
    socket.accept();
    client.send('Yes please');
    await new Promise((r) => setTimeout(r, 10));
    expect(socket.commands('message:send')).toEqual([expect.objectContaining({ text: 'Yes please', triggerId: 'rule-1' })]);
    expect(client.state.conversation).not.toBeNull();
    expect(client.state.proactive).toBeNull();
    expect(localStorage.getItem(`parley:${siteKey}:proactive`)).toBeNull();

    // The next message belongs to the conversation, with no trigger.
    client.send('Three agents');
    await new Promise((r) => setTimeout(r, 10));
    expect(socket.commands('message:send')[1]).not.toHaveProperty('triggerId');
  });
});
