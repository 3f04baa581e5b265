import { visitorIdentitySchema, type Site, type Visitor, type VisitorIdentity, type VisitorSocketData } from '@parley/shared';
import type { ContactsService } from '../domain/contacts/contacts-service.js';
import { handler, type HandlerContext } from './socket-handler.js';

interface CommandSocket {
  data: VisitorSocketData;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/**
 * At the handshake: with an `identity`, the visitor the socket speaks for (a verified user's
 * browser joins their visitor, so the session names it and the widget keeps its token).
 */
export async function resolveIdentifiedVisitor(
  deps: { contacts?: ContactsService },
  site: Site,
  resolved: { visitor: Visitor; token: string },
  identity: VisitorIdentity | undefined,
): Promise<{ visitor: Visitor; token: string }> {
  if (!identity || !deps.contacts) return resolved;
  return deps.contacts.identifyAtHandshake(site, resolved, identity);
}

/**
 * `visitor:identify`: `Parley('identify', …)` after the socket opened. When the answer's
 * `reconnectWith` is set, the widget keeps that token and reconnects (the socket's rooms and
 * access stay those of the visitor it connected as until then).
 */
export function registerVisitorIdentify(socket: CommandSocket, deps: HandlerContext & { contacts: ContactsService }): void {
  socket.on(
    'visitor:identify',
    handler(deps, visitorIdentitySchema, (identity) => deps.contacts.identifyOnSite(socket.data.siteId, socket.data.visitorId, identity)),
  );
}
