import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RestClientContext } from '../api/rest-client.js';
import { conversation } from '../test/fixtures.js';
import { ContactsServer, contactOf } from '../test/contacts-server.js';
import { renderInEnglish } from '../test/render.js';
import { restClientOf } from '../test/rest-client-of.js';
import { ContactsPage } from './contacts-page.js';

function renderPage(server: ContactsServer, opened: string[] = []) {
  return renderInEnglish(
    <RestClientContext.Provider value={restClientOf(server.api)}>
      <ContactsPage onOpenConversation={(id) => opened.push(id)} />
    </RestClientContext.Provider>,
  );
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const lastPatch = (server: ContactsServer) => server.calls.filter((c) => c.method === 'PATCH').at(-1)?.body;
const dialog = (name: RegExp) => screen.getByRole('dialog', { name });

describe('the Contacts page', () => {
  beforeEach(() => history.replaceState(null, '', `${import.meta.env.BASE_URL}contacts`));
  afterEach(() => cleanup());

  it('lists contacts with their badge, company, conversations and last seen; searches; pages with Load more', async () => {
    const many = Array.from({ length: 55 }, (_, i) => contactOf({ id: `c${i}`, name: `Person ${i}`, email: `p${i}@shop.example`, updatedAt: 1_000 + i }));
    const mei = contactOf({ id: 'mei', name: '陳美玲', email: 'meiling@example.tw', company: 'Taipei Design', verified: true, userId: 'u-1', updatedAt: 5_000 });
    const server = new ContactsServer([mei, ...many], { mei: [conversation({ id: 'k1', updatedAt: Date.now() - 120_000 }), conversation({ id: 'k2' })] });
    renderPage(server);

    const row = (await screen.findByRole('button', { name: '陳美玲' })).closest('tr')!;
    expect(within(row).getByText('Verified')).toBeTruthy();
    expect(within(row).getByText('Taipei Design')).toBeTruthy();
    await waitFor(() => expect(within(row).getByText('2')).toBeTruthy());
    expect(within(row).getByText('2 min. ago')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(51);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(57));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    type('Search contacts', 'MEILING@');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(server.calls.at(-1)?.path).toContain('q=MEILING%40');

    type('Search contacts', 'nobody-like-this');
    expect(await screen.findByText('No contact matches “nobody-like-this”')).toBeTruthy();
  }, 20_000);

  it('says what the page is for when there are no contacts, and offers Try again when the list cannot load', async () => {
    renderPage(new ContactsServer([]));
    expect(await screen.findByText('No contacts yet')).toBeTruthy();
    cleanup();
    const broken = new ContactsServer([]);
    broken.api = async () => {
      throw new Error('database is locked');
    };
    renderPage(broken);
    expect((await screen.findByRole('alert')).textContent).toContain('database is locked');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('edits the profile sending only what changed; adds, changes and removes attributes; opens a conversation', async () => {
    const jordan = contactOf({ id: 'jo', name: 'Jordan', email: 'jordan@northwind.example', attributes: { plan: 'Starter', seats: 5 } });
    const server = new ContactsServer([jordan], { jo: [conversation({ id: 'k9', lastMessage: { text: 'Can I change my billing date?', authorType: 'visitor', createdAt: 1 } })] });
    const opened: string[] = [];
    renderPage(server, opened);
    fireEvent.click(await screen.findByRole('button', { name: 'Jordan' }));
    expect(location.pathname).toBe(`${import.meta.env.BASE_URL}contacts/jo`);
    const drawer = await waitFor(() => dialog(/Jordan/));
    await within(drawer).findByText('Not verified');

    fireEvent.input(within(drawer).getByLabelText('Company'), { target: { value: 'Northwind Traders' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ company: 'Northwind Traders' }));

    fireEvent.input(within(drawer).getByLabelText('seats'), { target: { value: '6' } });
    fireEvent.blur(within(drawer).getByLabelText('seats'));
    await waitFor(() => expect(lastPatch(server)).toEqual({ attributes: { seats: 6 } }));

    fireEvent.input(within(drawer).getByLabelText('Attribute'), { target: { value: 'bad name!' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Add attribute' }));
    expect(await within(drawer).findByText('Use letters, digits, _ . or - (at most 40).')).toBeTruthy();
    fireEvent.input(within(drawer).getByLabelText('Attribute'), { target: { value: 'plan' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Add attribute' }));
    expect(await within(drawer).findByText('There is already an attribute called plan.')).toBeTruthy();
    fireEvent.input(within(drawer).getByLabelText('Attribute'), { target: { value: 'region' } });
    fireEvent.input(within(drawer).getByLabelText('Value'), { target: { value: '華北' } });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Add attribute' }));
    await within(drawer).findByLabelText('region');
    expect(lastPatch(server)).toEqual({ attributes: { region: '華北' } });

    fireEvent.click(within(drawer).getByRole('button', { name: 'Remove plan' }));
    await waitFor(() => expect(within(drawer).queryByLabelText('plan')).toBeNull());
    expect(lastPatch(server)).toEqual({ attributes: { plan: null } });
    expect(server.contacts[0]!.attributes).toEqual({ seats: 6, region: '華北' });

    fireEvent.click(within(drawer).getByRole('button', { name: /Can I change my billing date/ }));
    expect(opened).toEqual(['k9']);
  });

  it('keeps a verified contact’s email read-only', async () => {
    renderPage(new ContactsServer([contactOf({ id: 'v', name: 'Verified Vera', email: 'vera@example.com', verified: true, userId: 'u-7' })]));
    fireEvent.click(await screen.findByRole('button', { name: 'Verified Vera' }));
    const drawer = await waitFor(() => dialog(/Verified Vera/));
    expect((await within(drawer).findByLabelText('Email')).hasAttribute('readonly')).toBe(true);
    expect(within(drawer).getByLabelText('User id').hasAttribute('readonly')).toBe(true);
    expect(within(drawer).getByLabelText('Name').hasAttribute('readonly')).toBe(false);
  });

  it('merges another contact after explaining that every conversation is kept', async () => {
    const a = contactOf({ id: 'a', name: 'Jordan Alvarez', updatedAt: 2 });
    const b = contactOf({ id: 'b', email: 'j.alvarez@gmail.example', updatedAt: 1 });
    const server = new ContactsServer([a, b], { a: [conversation({ id: 'ka' })], b: [conversation({ id: 'kb' })] });
    renderPage(server);
    fireEvent.click(await screen.findByRole('button', { name: 'Jordan Alvarez' }));
    const drawer = await waitFor(() => dialog(/Jordan Alvarez/));
    fireEvent.click(await within(drawer).findByRole('button', { name: 'Merge…' }));
    const merge = await waitFor(() => dialog(/Merge another contact into Jordan Alvarez/));
    expect(within(merge).getByRole('button', { name: 'Merge contacts' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(await within(merge).findByRole('button', { name: 'Choose j.alvarez@gmail.example' }));
    expect(merge.textContent).toContain('Every conversation of both contacts is kept and listed under Jordan Alvarez.');
    fireEvent.click(within(merge).getByRole('button', { name: 'Merge contacts' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Merge another/ })).toBeNull());
    expect(server.calls.find((c) => c.path === '/contacts/a/merge')?.body).toEqual({ otherId: 'b' });
    // Both conversations are listed under the kept contact, and the other is gone from the list.
    await waitFor(() => expect(within(drawer).getAllByRole('button', { name: /hello from k/ })).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'j.alvarez@gmail.example' })).toBeNull());
  });

  it('deletes only once the name is typed, then closes the drawer and drops the row', async () => {
    const server = new ContactsServer([contactOf({ id: 'd', name: 'Omar Haddad' }), contactOf({ id: 'e', name: 'Sophie' })]);
    renderPage(server);
    fireEvent.click(await screen.findByRole('button', { name: 'Omar Haddad' }));
    const drawer = await waitFor(() => dialog(/Omar Haddad/));
    fireEvent.click(await within(drawer).findByRole('button', { name: 'Delete…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Omar Haddad?' });
    expect(confirm.textContent).toContain('all their conversations, files and events');
    const button = within(confirm).getByRole('button', { name: 'Delete contact and conversations' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.input(within(confirm).getByLabelText('Type Omar Haddad to confirm'), { target: { value: 'Omar' } });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.input(within(confirm).getByLabelText('Type Omar Haddad to confirm'), { target: { value: 'Omar Haddad' } });
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.calls.some((c) => c.method === 'DELETE' && c.path === '/contacts/d')).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Omar Haddad' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Sophie' })).toBeTruthy();
  });
});
