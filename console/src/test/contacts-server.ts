import type { Contact, ContactAttributeValue, Conversation } from '@parley/shared';
import type { Api } from './rest-client-of.js';

/** A contact with every field a real server sends. */
export function contactOf(overrides: Partial<Contact> & { id: string }): Contact {
  return {
    workspaceId: 'ws-1',
    siteId: 'site-1',
    userId: null,
    verified: false,
    name: null,
    email: null,
    phone: null,
    company: null,
    attributes: {},
    notes: '',
    visitorIds: [`vis-${overrides.id}`],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

/**
 * Plays the contacts routes for component tests, with the server's rules where the console
 * depends on them: `q` matched in lower case, newest change first, cursor pages of `limit`,
 * PATCH merging attributes (`null` removes), merge moving the other's conversations, DELETE 204.
 * Every call is recorded in `calls` as `METHOD path` with its body.
 */
export class ContactsServer {
  readonly calls: Array<{ method: string; path: string; body?: unknown }> = [];
  constructor(
    public contacts: Contact[],
    /** Conversations by contact id. */
    public conversations: Record<string, Conversation[]> = {},
  ) {}

  api: Api = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    this.calls.push({ method, path, ...(body === undefined ? {} : { body }) });
    const [route, search = ''] = path.split('?');
    const params = new URLSearchParams(search);
    const parts = route!.split('/').filter(Boolean);
    if (route === '/contacts' && method === 'GET') return this.list(params) as T;
    if (parts[0] === 'conversations' && parts[2] === 'contact') {
      const owner = Object.entries(this.conversations).find(([, list]) => list.some((c) => c.id === parts[1]));
      return { contact: this.contacts.find((c) => c.id === owner?.[0]) ?? null } as T;
    }
    const contact = this.contacts.find((c) => c.id === parts[1]);
    if (parts[0] !== 'contacts' || !contact) throw new Error(`no such contact: ${method} ${path}`);
    if (parts[2] === 'conversations') return { conversations: this.conversations[contact.id] ?? [] } as T;
    if (parts[2] === 'export') return { contact, conversations: [], exportedAt: 1 } as T;
    if (parts[2] === 'merge') return { contact: this.merge(contact, (body as { otherId: string }).otherId) } as T;
    if (method === 'GET') return { contact } as T;
    if (method === 'PATCH') return { contact: this.patch(contact, body as Partial<Contact>) } as T;
    if (method === 'DELETE') {
      this.contacts = this.contacts.filter((c) => c !== contact);
      return null as T;
    }
    throw new Error(`unexpected ${method} ${path}`);
  };

  private list(params: URLSearchParams) {
    const q = (params.get('q') ?? '').toLowerCase();
    const limit = Number(params.get('limit') ?? 50);
    const from = Number(params.get('cursor') ?? 0);
    const found = [...this.contacts]
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .filter((c) => [c.name, c.email, c.phone, c.company, c.userId].filter(Boolean).join('\n').toLowerCase().includes(q));
    const page = found.slice(from, from + limit);
    return { contacts: page, nextCursor: from + limit < found.length ? String(from + limit) : null };
  }

  private patch(contact: Contact, patch: Partial<Contact>): Contact {
    const { attributes, ...fields } = patch;
    const merged: Record<string, ContactAttributeValue> = { ...contact.attributes, ...attributes };
    for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
    const next = { ...contact, ...fields, attributes: merged, updatedAt: contact.updatedAt + 1 };
    this.contacts = this.contacts.map((c) => (c.id === contact.id ? next : c));
    return next;
  }

  private merge(kept: Contact, otherId: string): Contact {
    const other = this.contacts.find((c) => c.id === otherId)!;
    this.conversations[kept.id] = [...(this.conversations[kept.id] ?? []), ...(this.conversations[otherId] ?? [])];
    delete this.conversations[otherId];
    this.contacts = this.contacts.filter((c) => c.id !== otherId);
    return this.patch(kept, { email: kept.email ?? other.email, visitorIds: [...kept.visitorIds, ...other.visitorIds] });
  }
}
