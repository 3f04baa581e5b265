import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RestClientContext } from '../api/rest-client.js';
import { FakeSocket } from '../test/fake-socket.js';
import { conversation } from '../test/fixtures.js';
import { ContactsServer, contactOf } from '../test/contacts-server.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf } from '../test/rest-client-of.js';
import { ContactPanel } from '../workspace/contact-panel.js';

function renderPanel(server: ContactsServer, opened: string[] = []) {
  const socket = new FakeSocket();
  socket.answer('conversation:context', () => ({ ok: true, data: { journey: [], live: null, trigger: null } }));
  socket.connected = true;
  const here = conversation({ id: 'now', visitorId: 'v-laptop' });
  renderInEnglish(
    <RestClientContext.Provider value={restClientOf(server.api)}>
      <ContactPanel socket={socket} conversation={here} name="Amber Otter" past={[]} now={Date.UTC(2026, 0, 5, 12)} onKnown={() => {}} onOpen={(id) => opened.push(id)} onClose={() => {}} />
    </RestClientContext.Provider>,
  );
}

describe("the inbox's contact panel with a contact", () => {
  afterEach(() => cleanup());

  it('shows the contact verified, their local time, every browser’s conversations, and edits an attribute in place', async () => {
    const mei = contactOf({ id: 'mei', name: '陳美玲', verified: true, userId: 'u-1', company: 'Taipei Design', attributes: { plan: 'Business', timeZone: 'Asia/Taipei' } });
    const phone = conversation({ id: 'phone', visitorId: 'v-phone', lastMessage: { text: 'Sent from my phone', authorType: 'visitor', createdAt: 1 } });
    const server = new ContactsServer([mei], { mei: [conversation({ id: 'now', visitorId: 'v-laptop' }), phone] });
    const opened: string[] = [];
    renderPanel(server, opened);

    const panel = await screen.findByRole('complementary');
    await within(panel).findByText('陳美玲');
    expect(within(panel).getByText('Verified')).toBeTruthy();
    expect(within(panel).getByText('Taipei Design')).toBeTruthy();
    // Noon UTC on a Monday is 8 PM in Taipei, whatever the agent's own zone.
    expect(within(panel).getByText(/Mon 8:00\s?PM \(Asia\/Taipei\)/)).toBeTruthy();
    // The other browser's conversation is listed (not the open one) and opens.
    const other = await within(panel).findByRole('button', { name: /Sent from my phone/ });
    expect(within(panel).queryByRole('button', { name: /hello from now/ })).toBeNull();
    fireEvent.click(other);
    expect(opened).toEqual(['phone']);

    fireEvent.input(within(panel).getByLabelText('plan'), { target: { value: 'Enterprise' } });
    fireEvent.keyDown(within(panel).getByLabelText('plan'), { key: 'Enter' });
    await waitFor(() => expect(server.contacts[0]!.attributes.plan).toBe('Enterprise'));
    // Adding one is folded behind a button at the panel's width.
    fireEvent.click(within(panel).getByRole('button', { name: 'Add attribute' }));
    fireEvent.input(within(panel).getByLabelText('Attribute'), { target: { value: 'vip' } });
    fireEvent.input(within(panel).getByLabelText('Value'), { target: { value: 'yes' } });
    fireEvent.click(within(panel).getAllByRole('button', { name: 'Add attribute' }).at(-1)!);
    await within(panel).findByLabelText('vip');
    expect(server.contacts[0]!.attributes).toEqual({ plan: 'Enterprise', timeZone: 'Asia/Taipei', vip: 'yes' });
  });

  it('says the visitor has not said who they are, and keeps the time zone unknown', async () => {
    renderPanel(new ContactsServer([]));
    const panel = await screen.findByRole('complementary');
    expect(await within(panel).findByText('They have not said who they are yet.')).toBeTruthy();
    expect(within(panel).getByText('Time zone not known')).toBeTruthy();
    expect(within(panel).queryByText('Verified')).toBeNull();
  });
});
