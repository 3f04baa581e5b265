// Fills the Contacts page for `npm run shots`: visitors on real /visitor sockets say who they
// are (`visitor:identify`, one of them verified with the site's identity secret) and write in,
// so contacts have conversations, attributes and a verified badge. Returns the contact ids and
// the verified contact's conversation.
import { createHmac } from 'node:crypto';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, VISITOR_NAMESPACE } from '@parley/shared';
import { ack, connected } from './shots-inbox.mjs';

let n = 0;
const clientId = () => `contact-${Date.now().toString(36)}-${++n}`.padEnd(21, 'x').slice(0, 21);

const people = [
  { identity: { userId: 'u-1042', name: '陳美玲', email: 'meiling.chen@example.tw', attributes: { plan: 'Business', seats: 12, timeZone: 'Asia/Taipei' } }, verified: true, lines: ['請問發票什麼時候會寄出？'] },
  { identity: { name: 'Jordan Alvarez', email: 'jordan@northwind.example', attributes: { plan: 'Starter', company_size: '11-50' } }, lines: ['Can I change my billing date?'] },
  { identity: { name: 'Sophie Martin', email: 'sophie.martin@example.fr', attributes: { timeZone: 'Europe/Paris' } }, lines: [] },
  { identity: { name: 'Omar Haddad', email: 'omar@example.ae' }, lines: ['هل يمكنني تغيير عنوان التوصيل؟'] },
  { identity: { email: 'j.alvarez@gmail.example' }, lines: ['Hi, it is Jordan again from my phone.'] },
];

export async function seedContacts(url, adminToken, site, origin) {
  const api = async (method, route, body) => {
    const res = await fetch(`${url}/api/v1${route}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` }, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const { secret } = await api('POST', `/sites/${site.id}/identity-secret`);
  const sockets = [];
  let verifiedConversation = null;
  for (const person of people) {
    const socket = await connected(io(`${url}${VISITOR_NAMESPACE}`, { transports: ['websocket'], forceNew: true, extraHeaders: { origin }, auth: { protocol: PROTOCOL_VERSION, siteKey: site.key } }));
    sockets.push(socket);
    const identity = person.verified ? { ...person.identity, userHash: createHmac('sha256', secret).update(person.identity.userId).digest('hex') } : person.identity;
    await ack(socket, 'visitor:identify', identity);
    let conversationId;
    for (const text of person.lines) conversationId = (await ack(socket, 'message:send', { clientId: clientId(), text, ...(conversationId ? { conversationId } : {}) })).conversationId;
    if (person.verified) verifiedConversation = conversationId;
  }
  const { contacts } = await api('GET', '/contacts');
  await api('PATCH', `/contacts/${contacts.find((c) => c.name === 'Jordan Alvarez').id}`, { company: 'Northwind Traders', phone: '+1 415 555 0134', notes: 'Prefers email over phone.' });
  await api('PATCH', `/contacts/${contacts.find((c) => c.name === '陳美玲').id}`, { company: '台北設計有限公司' });
  return {
    verifiedConversation,
    jordanId: contacts.find((c) => c.name === 'Jordan Alvarez').id,
    close: () => sockets.forEach((s) => s.close()),
  };
}
