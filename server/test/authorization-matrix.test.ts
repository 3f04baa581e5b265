import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import {
  BOT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  type AgentClientToServerEvents,
  type BotClientToServerEvents,
  type Invitation,
  type SetupResult,
  type Site,
  type VisitorClientToServerEvents,
} from '@parley/shared';
import { openApiDocument } from '../src/http/openapi.js';
import { call, setupBody } from './accounts-helpers.js';
import { adminApi, createBot } from './bot-helpers.js';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * The authorization matrix: every REST route of the OpenAPI document and every command of the
 * visitor, agent and bot protocols, tried by each kind of caller. Workspace A (the demo) owns the
 * resources; B is another workspace. A route or event without an entry here fails the test, so
 * the matrix grows with the API.
 *
 * Who may call a route:
 * - `public`: anyone (its own checks: a signed link, a one-time token, the page's origin);
 * - `agent`: a person of the workspace (any role) or its API key;
 * - `admin`: an admin of the workspace or its API key (a plain agent: 403);
 * - `person`: a signed-in person only (an API key: 403);
 * - `personAdmin`: an admin person only;
 * - `bot`: a bot token;
 * - `visitorOrAgent`: a visitor's or a person's token (uploads).
 */
type Who = 'public' | 'agent' | 'admin' | 'person' | 'personAdmin' | 'bot' | 'visitorOrAgent';
interface RouteEntry {
  who: Who;
  /** A valid body, so that a cross-tenant attempt reaches the ownership check rather than validation. */
  body?: (ids: Ids) => unknown;
  /** Never tried by the callers who hold the credential (it would sign them out). */
  signsOut?: true;
  /** A query the route needs. */
  query?: string;
}

const routes: Record<string, RouteEntry> = {
  'POST /visitor/pageview': { who: 'public' },
  'POST /visitor/ping': { who: 'public' },
  'GET /sites/{siteId}/triggers': { who: 'agent' },
  'POST /sites/{siteId}/triggers': { who: 'admin', body: () => trigger },
  'PUT /sites/{siteId}/triggers/{ruleId}': { who: 'admin', body: () => trigger },
  'DELETE /sites/{siteId}/triggers/{ruleId}': { who: 'admin' },
  'GET /sites/{siteId}/triggers/stats': { who: 'agent' },
  'GET /sites/{siteId}/announcements': { who: 'agent' },
  'POST /sites/{siteId}/announcements': { who: 'admin', body: () => ({ text: 'Closed today' }) },
  'GET /sites/{siteId}/visitors': { who: 'agent' },
  'GET /bots': { who: 'agent' },
  'POST /bots': { who: 'admin', body: () => ({ name: 'Intruder', mode: 'socket' }) },
  'POST /bots/{id}/rotate': { who: 'admin' },
  'DELETE /bots/{id}': { who: 'admin' },
  'GET /bots/{id}/avatar': { who: 'public' },
  'GET /sites': { who: 'agent' },
  'POST /sites': { who: 'admin', body: () => ({ name: 'Another', allowedOrigins: ['https://another.example'] }) },
  'PUT /sites/{key}/bot': { who: 'admin', body: (ids) => ({ botId: ids.botB }) },
  'GET /bot/conversations': { who: 'bot' },
  'GET /bot/conversations/{id}/messages': { who: 'bot' },
  'POST /bot/conversations/{id}/messages': { who: 'bot', body: () => ({ text: 'hijack' }) },
  'POST /bot/conversations/{id}/handoff': { who: 'bot', body: () => ({}) },
  'POST /bot/conversations/{id}/close': { who: 'bot' },
  'GET /articles': { who: 'agent' },
  'POST /articles': { who: 'admin', body: () => article },
  'GET /articles/search': { who: 'agent', query: '?q=Returns' },
  'GET /articles/{id}': { who: 'agent' },
  'PUT /articles/{id}': { who: 'admin', body: () => article },
  'DELETE /articles/{id}': { who: 'admin' },
  'GET /knowledge/stats': { who: 'agent' },
  'GET /knowledge/synonyms': { who: 'admin' },
  'PUT /knowledge/synonyms': { who: 'admin', body: () => ({ groups: [] }) },
  'GET /sites/{id}/settings': { who: 'admin' },
  'PATCH /sites/{id}/settings': { who: 'admin', body: () => ({ reopenWindowMinutes: 5 }) },
  'GET /departments': { who: 'agent' },
  'POST /departments': { who: 'admin', body: () => ({ name: 'Intruders' }) },
  'PATCH /departments/{id}': { who: 'admin', body: () => ({ name: 'Renamed' }) },
  'GET /conversations/{id}/events': { who: 'agent' },
  'GET /mail': { who: 'admin' },
  'POST /mail/{id}/retry': { who: 'admin' },
  'GET /setup': { who: 'public' },
  'POST /setup': { who: 'public' },
  'POST /signup': { who: 'public' },
  'PATCH /sites/{id}': { who: 'admin', body: () => ({ name: 'taken over' }) },
  'DELETE /sites/{id}': { who: 'admin' },
  'GET /agents': { who: 'agent' },
  'PATCH /agents/{id}': { who: 'admin', body: () => ({ active: false }) },
  'GET /invitations': { who: 'admin' },
  'POST /invitations': { who: 'admin', body: () => ({ email: `x-${nanoid(6)}@intruder.example` }) },
  'DELETE /invitations/{id}': { who: 'admin' },
  'POST /invitations/{id}/resend': { who: 'admin' },
  'POST /invitations/{token}/accept': { who: 'public' },
  'GET /auth/me': { who: 'person' },
  'PATCH /auth/me': { who: 'person' },
  'POST /auth/password': { who: 'person', body: () => ({ currentPassword: 'not-the-password', newPassword: 'another long secret 1' }) },
  'POST /auth/sign-out-everywhere': { who: 'person', signsOut: true },
  'POST /auth/password-reset': { who: 'public' },
  'POST /auth/password-reset/{token}': { who: 'public' },
  // Listing names and prefixes of the workspace's keys is open to a key too; making and revoking keys are people's.
  'GET /api-keys': { who: 'admin' },
  'POST /api-keys': { who: 'personAdmin', body: () => ({ name: 'intruder key' }) },
  'DELETE /api-keys/{id}': { who: 'personAdmin' },
  'POST /uploads': { who: 'visitorOrAgent' },
  'GET /files/{id}': { who: 'public' },
  'GET /conversations/{id}/transcript': { who: 'agent' },
  // Deleting a closed conversation and its files (issue 13): admins only.
  'DELETE /conversations/{id}': { who: 'admin' },
  'POST /auth/login': { who: 'public' },
  'GET /conversations': { who: 'agent' },
  'GET /conversations/{id}/messages': { who: 'agent' },
  'POST /conversations/{id}/messages': { who: 'agent', body: () => ({ text: 'hijack', clientId: nanoid() }) },
  // Supervision (issue 14): supervisors and admins assign.
  'POST /conversations/{id}/assign': { who: 'admin', body: (ids) => ({ agentId: ids.agentA }) },
  // The agent's workspace (issue 14).
  'GET /canned-replies': { who: 'agent' },
  'POST /canned-replies': { who: 'admin', body: () => ({ shortcut: `intrude${nanoid(4)}`, texts: { en: 'Hi' }, scope: 'workspace' }) },
  'GET /canned-replies/{id}': { who: 'agent' },
  // A plain agent may change their own personal replies: a stranger's id is 404 to them, never 403.
  'PUT /canned-replies/{id}': { who: 'agent', body: () => ({ shortcut: 'intruder', texts: { en: 'Hi' }, scope: 'workspace' }) },
  'DELETE /canned-replies/{id}': { who: 'agent' },
  'GET /tags': { who: 'agent' },
  'POST /tags': { who: 'agent', body: () => ({ name: `Intruder ${nanoid(4)}`, colour: '#cc0000' }) },
  'PATCH /tags/{id}': { who: 'agent', body: () => ({ name: 'Renamed' }) },
  'DELETE /tags/{id}': { who: 'admin' },
  'PUT /conversations/{id}/tags': { who: 'agent', body: () => ({ tagIds: [] }) },
  // A key is nobody's: it has no mentions (an empty list) and marks none read (404).
  'GET /mentions': { who: 'agent' },
  'POST /mentions/{id}/read': { who: 'agent' },
  'GET /contacts': { who: 'agent' },
  'GET /contacts/{id}': { who: 'agent' },
  'PATCH /contacts/{id}': { who: 'agent', body: () => ({ notes: 'intruder' }) },
  'GET /contacts/{id}/conversations': { who: 'agent' },
  'POST /contacts/{id}/merge': { who: 'agent', body: () => ({ contactId: `zz${nanoid(10)}` }) },
  'GET /contacts/{id}/export': { who: 'agent' },
  'GET /conversations/{id}/contact': { who: 'agent' },
  'POST /sites/{id}/identity-secret': { who: 'admin' },
  'DELETE /contacts/{id}': { who: 'admin' },
  'GET /search': { who: 'agent', query: '?q=question' },
  // Reports (issue 15): supervisors and admins.
  'GET /reports/overview': { who: 'admin', query: '?from=2026-01-01&to=2026-01-07' },
  'GET /reports/heatmap': { who: 'admin', query: '?from=2026-01-01&to=2026-01-07' },
  'GET /reports/agents': { who: 'admin', query: '?from=2026-01-01&to=2026-01-07' },
  'GET /reports/departments': { who: 'admin', query: '?from=2026-01-01&to=2026-01-07' },
  // Privacy (issue 16): admins of the workspace.
  'GET /visitors/{id}/export': { who: 'admin' },
  'DELETE /visitors/{id}': { who: 'admin' },
  'GET /sites/{id}/retention-runs': { who: 'admin' },
  // Supervision (issue 14): supervisors and admins.
  'GET /supervision/board': { who: 'admin' },
};

const trigger = { name: 'Intruder rule', action: { message: { text: 'Hello', senderName: 'Shop' } } };
const article = { title: 'Intruder', body: 'text', locale: 'en' };

/** A's resources (and a few of B's), by the names the paths use. */
interface Ids {
  siteA: string;
  siteKeyA: string;
  conversationA: string;
  visitorIdA: string;
  botA: string;
  botB: string;
  articleA: string;
  triggerA: string;
  departmentA: string;
  agentA: string;
  invitationA: string;
  apiKeyA: string;
  workspaceA: string;
}

/** The path with A's resources in it (or `random` ones, for the allowed callers' harmless tries). */
function fill(path: string, ids: Ids, random: boolean): string {
  const pick = (value: string) => (random ? `zz${nanoid(10)}` : value);
  const idFor = (prefix: string): string => {
    if (prefix.startsWith('/bot/conversations') || prefix.startsWith('/conversations')) return pick(ids.conversationA);
    if (prefix.startsWith('/bots')) return pick(ids.botA);
    if (prefix.startsWith('/articles')) return pick(ids.articleA);
    if (prefix.startsWith('/sites')) return pick(ids.siteA);
    if (prefix.startsWith('/departments')) return pick(ids.departmentA);
    if (prefix.startsWith('/agents')) return pick(ids.agentA);
    if (prefix.startsWith('/invitations')) return pick(ids.invitationA);
    if (prefix.startsWith('/api-keys')) return pick(ids.apiKeyA);
    if (prefix.startsWith('/visitors')) return pick(ids.visitorIdA);
    return `zz${nanoid(10)}`;
  };
  return path
    .replace('{siteId}', pick(ids.siteA))
    .replace('{ruleId}', pick(ids.triggerA))
    .replace('{key}', pick(ids.siteKeyA))
    .replace('{token}', `zz${nanoid(20)}`)
    .replace(/^(\/[^{]*)\{id\}/, (_m, prefix: string) => `${prefix}${idFor(prefix)}`);
}

type Actor = 'anonymous' | 'visitorA' | 'visitorB' | 'agentA' | 'adminA' | 'apiKeyA' | 'botA' | 'adminB' | 'apiKeyB' | 'botB';
const actors: Actor[] = ['anonymous', 'visitorA', 'visitorB', 'agentA', 'adminA', 'apiKeyA', 'botA', 'adminB', 'apiKeyB', 'botB'];

/** Whether `actor` holds the kind of credential `who` asks for (its workspace aside). */
function holds(who: Who, actor: Actor): boolean {
  switch (who) {
    case 'public':
      return true;
    case 'agent':
      return ['agentA', 'adminA', 'apiKeyA', 'adminB', 'apiKeyB'].includes(actor);
    case 'admin':
      return ['adminA', 'apiKeyA', 'adminB', 'apiKeyB'].includes(actor);
    case 'person':
      return ['agentA', 'adminA', 'adminB'].includes(actor);
    case 'personAdmin':
      return ['adminA', 'adminB'].includes(actor);
    case 'bot':
      return ['botA', 'botB'].includes(actor);
    case 'visitorOrAgent':
      return ['visitorA', 'visitorB', 'agentA', 'adminA', 'adminB'].includes(actor);
  }
}

const ofB = (actor: Actor) => actor.endsWith('B');

const documented = Object.entries((openApiDocument() as { paths: Record<string, Record<string, unknown>> }).paths).flatMap(([path, ops]) =>
  Object.keys(ops)
    .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
    .map((m) => `${m.toUpperCase()} ${path}`),
);

describe('authorization matrix', () => {
  let t: TestServer;
  let ids: Ids;
  const tokens = {} as Record<Actor, string | null>;
  /** Strings of A that must never appear in an answer to B. */
  let secretsOfA: string[];
  let siteKeyB: string;

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    const adminA = await t.agentToken();
    const siteA = (await call<{ sites: Site[] }>(t, 'GET', '/sites', { token: adminA })).body.sites[0]!;
    const invite = (await call<{ invitation: Invitation }>(t, 'POST', '/invitations', { token: adminA, body: { email: 'plain@demo.test', role: 'agent' } })).body.invitation;
    const accepted = await call<{ token: string; agent: { id: string } }>(t, 'POST', `/invitations/${new URL(invite.url!).hash.slice(1)}/accept`, {
      body: { name: 'Plain Agent', password: 'plain-password-2024' },
    });
    const pending = (await call<{ invitation: Invitation }>(t, 'POST', '/invitations', { token: adminA, body: { email: 'pending@demo.test' } })).body.invitation;
    const keyA = (await call<{ apiKey: { id: string }; key: string }>(t, 'POST', '/api-keys', { token: adminA, body: { name: 'A key' } })).body;
    const botA = await createBot(t, { name: 'Bot A' });
    const article = (await adminApi<{ article: { id: string } }>(t, 'POST', '/articles', { title: 'Returns', body: 'thirty days', locale: 'en' })).article;
    const rule = (await adminApi<{ trigger: { id: string } }>(t, 'POST', `/sites/${siteA.id}/triggers`, trigger)).trigger;
    const department = (await adminApi<{ department: { id: string } }>(t, 'POST', '/departments', { name: 'Sales A' })).department;
    const visitorA = await t.visitor();
    const said = await visitorSays(visitorA, 'a private question of A');
    const visitorAToken = await visitorToken(siteA.key, t.url);

    const signup = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner-b@other.example' }) })).body;
    const keyB = (await call<{ key: string }>(t, 'POST', '/api-keys', { token: signup.token, body: { name: 'B key' } })).body;
    const botB = (await call<{ bot: { id: string }; token: string }>(t, 'POST', '/bots', { token: signup.token, body: { name: 'Bot B', mode: 'socket' } })).body;
    siteKeyB = signup.site.key;
    const visitorBToken = await visitorToken(signup.site.key, 'https://shop.example');

    ids = {
      siteA: siteA.id,
      siteKeyA: siteA.key,
      conversationA: said.conversationId,
      visitorIdA: said.author.id ?? '',
      botA: botA.bot.id,
      botB: botB.bot.id,
      articleA: article.id,
      triggerA: rule.id,
      departmentA: department.id,
      agentA: accepted.body.agent.id,
      invitationA: pending.id,
      apiKeyA: keyA.apiKey.id,
      workspaceA: siteA.workspaceId,
    };
    Object.assign(tokens, {
      anonymous: null,
      visitorA: visitorAToken,
      visitorB: visitorBToken,
      agentA: accepted.body.token,
      adminA,
      apiKeyA: keyA.key,
      botA: botA.token,
      adminB: signup.token,
      apiKeyB: keyB.key,
      botB: botB.token,
    });
    secretsOfA = [ids.conversationA, ids.siteA, ids.siteKeyA, ids.articleA, ids.triggerA, ids.departmentA, ids.invitationA, ids.workspaceA, 'a private question of A'];
  });
  afterAll(() => t.close());

  /** A new visitor's token, from the session the handshake sends (listened for before connecting). */
  function visitorToken(siteKey: string, origin: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const s = io(`${t.url}${VISITOR_NAMESPACE}`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { origin },
        auth: { protocol: PROTOCOL_VERSION, siteKey },
      });
      s.once('session', (session: { token: string }) => {
        s.close();
        resolve(session.token);
      });
      s.once('connect_error', reject);
    });
  }

  /** A's state as its admin reads it: any change by an intruder shows here. */
  async function snapshotOfA(): Promise<string> {
    const token = tokens.adminA!;
    const reads = [
      '/sites',
      '/agents',
      '/invitations',
      '/api-keys',
      '/bots',
      '/departments',
      '/articles',
      '/knowledge/synonyms',
      `/sites/${ids.siteA}/triggers`,
      `/sites/${ids.siteA}/announcements`,
      `/sites/${ids.siteA}/settings`,
      '/conversations',
      `/conversations/${ids.conversationA}/messages`,
    ];
    const answers = await Promise.all(reads.map((p) => call(t, 'GET', p, { token })));
    // Presence and last-seen move on their own; the rest must not.
    // Presence, last-seen and a key's last use move on their own (an intruder's refused key still counts as used); the rest must not.
    const moving = ['lastSeenAt', 'lastSeen', 'connected', 'status', 'lastActiveAt', 'updatedAt', 'lastUsedAt'];
    return JSON.stringify(Object.fromEntries(answers.map((a, i) => [reads[i], a.body])), (key, value: unknown) => (moving.includes(key) ? undefined : value), 1);
  }

  const send = (route: string, actor: Actor, random: boolean) => {
    const [method, path] = route.split(' ') as [string, string];
    const entry = routes[route]!;
    const body = method === 'GET' || method === 'DELETE' ? undefined : random ? {} : (entry.body?.(ids) ?? {});
    const token = tokens[actor];
    return call(t, method, `${fill(path, ids, random)}${entry.query ?? ''}`, { ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) });
  };

  it('has an entry for every route of the OpenAPI document, and none for a route that is gone', () => {
    expect(documented.filter((r) => !(r in routes))).toEqual([]);
    expect(Object.keys(routes).filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('refuses every caller without the right credential, and never lets B read or change A', async () => {
    const before = await snapshotOfA();
    const problems: string[] = [];
    for (const route of documented) {
      const { who, signsOut } = routes[route]!;
      if (who === 'public') continue;
      for (const actor of actors) {
        if (signsOut && holds(who, actor)) continue;
        if (actor === 'adminA' || actor === 'apiKeyA' || actor === 'agentA' || actor === 'botA' || actor === 'visitorA') {
          if (holds(who, actor)) continue; // A's own callers: the next test
        }
        const answer = await send(route, actor, false);
        const text = JSON.stringify(answer.body);
        if (answer.status >= 500) problems.push(`${route} as ${actor}: ${answer.status}`);
        if (!holds(who, actor)) {
          // The wrong kind of credential: 401 (none that fits) or 403 (a key where a person is needed, a plain agent where an admin is).
          const expected = actor === 'apiKeyA' || actor === 'apiKeyB' || actor === 'agentA' ? [401, 403] : [401];
          if (!expected.includes(answer.status)) problems.push(`${route} as ${actor}: ${answer.status}, expected ${expected.join(' or ')}`);
        } else if (ofB(actor)) {
          const namesA = fill(route.split(' ')[1]!, ids, false) !== route.split(' ')[1] && /\{(id|siteId|ruleId|key)\}/.test(route);
          if (namesA && answer.status < 400) problems.push(`${route} as ${actor}: ${answer.status} on A's resource`);
          if (secretsOfA.some((s) => text.includes(s))) problems.push(`${route} as ${actor}: answer holds A's data`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await snapshotOfA()).toBe(before);
  });

  it('lets A’s own callers past authorization (401/403 only where the role says so)', async () => {
    const problems: string[] = [];
    for (const route of documented) {
      const { who, signsOut } = routes[route]!;
      if (signsOut) continue;
      for (const actor of ['agentA', 'adminA', 'apiKeyA', 'botA', 'visitorA'] as const) {
        if (!holds(who, actor) || who === 'public') continue;
        const answer = await send(route, actor, true);
        if (answer.status >= 500 || answer.status === 401 || answer.status === 403) problems.push(`${route} as ${actor}: ${answer.status}`);
        if (route.startsWith('GET ') && !route.includes('{') && answer.status !== 200) problems.push(`${route} as ${actor}: ${answer.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives a plain agent 403 on the admins’ routes, checked before any change', async () => {
    const before = await snapshotOfA();
    const problems: string[] = [];
    for (const route of documented) {
      const { who } = routes[route]!;
      if (who !== 'admin' && who !== 'personAdmin') continue;
      const answer = await send(route, 'agentA', false);
      if (answer.status !== 403) problems.push(`${route} as agentA: ${answer.status}`);
    }
    expect(problems).toEqual([]);
    expect(await snapshotOfA()).toBe(before);
  });

  // Socket commands: the protocol maps typed as records, so a new event fails to compile here,
  // and the server's registered handlers are compared at run time.
  type Payload = (ids: Ids) => unknown;
  const visitorEvents: Record<keyof VisitorClientToServerEvents, Payload | 'own'> = {
    'conversation:current': 'own',
    'message:send': (i) => ({ conversationId: i.conversationA, clientId: nanoid(), text: 'intrusion' }),
    'messages:sync': (i) => ({ conversationId: i.conversationA, afterSeq: 0 }),
    'conversation:handoff': (i) => ({ conversationId: i.conversationA }),
    'kb:search': () => ({ query: 'Returns' }),
    'kb:article': (i) => ({ articleId: i.articleA }),
    'site:availability': 'own',
    'queue:status': 'own',
    'offline:message': 'own',
    'transcript:request': (i) => ({ conversationId: i.conversationA, email: 'thief@intruder.example' }),
    typing: (i) => ({ conversationId: i.conversationA, typing: true, draft: 'intrusion' }),
    'conversation:read': (i) => ({ conversationId: i.conversationA, seq: 99 }),
    'conversation:rate': (i) => ({ conversationId: i.conversationA, score: 1 }),
    'prechat:submit': 'own',
    'visitor:identify': 'own',
  };
  const agentEvents: Record<keyof AgentClientToServerEvents, Payload> = {
    'conversation:list': () => ({}),
    'conversation:join': (i) => ({ conversationId: i.conversationA }),
    'conversation:leave': (i) => ({ conversationId: i.conversationA }),
    'conversation:claim': (i) => ({ conversationId: i.conversationA }),
    'conversation:close': (i) => ({ conversationId: i.conversationA }),
    'message:send': (i) => ({ conversationId: i.conversationA, clientId: nanoid(), text: 'intrusion' }),
    'messages:sync': (i) => ({ conversationId: i.conversationA, afterSeq: 0 }),
    'conversation:handoff': (i) => ({ conversationId: i.conversationA, botId: i.botB }),
    'agent:status': () => ({ status: 'online' }),
    'agent:list': () => ({}),
    'department:list': () => ({}),
    'site:list': () => ({}),
    'conversation:assign': (i) => ({ conversationId: i.conversationA, agentId: i.agentA }),
    'conversation:transfer': (i) => ({ conversationId: i.conversationA, departmentId: i.departmentA, note: '' }),
    'conversation:escalate': (i) => ({ conversationId: i.conversationA, note: '' }),
    'visitors:subscribe': (i) => ({ siteId: i.siteA }),
    'visitors:page': (i) => ({ siteId: i.siteA, cursor: 'x' }),
    'visitors:unsubscribe': (i) => ({ siteId: i.siteA }),
    'visitor:chat': (i) => ({ siteId: i.siteA, visitorId: 'v1', clientId: nanoid(), text: 'intrusion' }),
    'conversation:context': (i) => ({ conversationId: i.conversationA }),
    typing: (i) => ({ conversationId: i.conversationA, typing: true }),
    'conversation:read': (i) => ({ conversationId: i.conversationA, seq: 99 }),
  };
  const botEvents: Record<keyof BotClientToServerEvents, Payload> = {
    'conversation:list': () => ({}),
    'message:send': (i) => ({ conversationId: i.conversationA, clientId: nanoid(), text: 'intrusion' }),
    'conversation:handoff': (i) => ({ conversationId: i.conversationA }),
    'conversation:close': (i) => ({ conversationId: i.conversationA }),
    'messages:sync': (i) => ({ conversationId: i.conversationA, afterSeq: 0 }),
  };

  it('covers every command the server registers on each namespace', async () => {
    const registered = (nsp: { sockets: Map<string, { eventNames(): (string | symbol)[] }> }) =>
      [...new Set([...nsp.sockets.values()].flatMap((s) => s.eventNames().map(String)))].filter((e) => e !== 'disconnect' && e !== 'disconnecting' && e !== 'error').sort();
    const visitor = await t.visitor();
    const agent = await t.agent(tokens.adminB!);
    const bot = await connectBot(tokens.botB!);
    expect(registered(t.server.realtime.visitors as never)).toEqual(Object.keys(visitorEvents).sort());
    expect(registered(t.server.realtime.agents as never)).toEqual(Object.keys(agentEvents).sort());
    expect(registered(t.server.realtime.io.of(BOT_NAMESPACE) as never)).toEqual(Object.keys(botEvents).sort());
    visitor.close();
    agent.close();
    bot.close();
  });

  function connectBot(token: string): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const s = io(`${t.url}${BOT_NAMESPACE}`, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { protocol: PROTOCOL_VERSION, token } });
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
  }

  it('never lets a visitor of another site or conversation, an agent or a bot of another workspace read or change A over sockets', async () => {
    const before = await snapshotOfA();
    // A's own agent listens in A's conversation: no relayed typing or read mark may reach it.
    const watcher = await t.agent(tokens.adminA!);
    await new Promise((r) => watcher.emit('conversation:join', { conversationId: ids.conversationA }, r));
    const relayed: string[] = [];
    watcher.on('typing', (n) => relayed.push(`typing ${JSON.stringify(n)}`));
    const intruders: [string, Socket, Record<string, Payload | 'own'>][] = [
      ['visitor of B', await t.visitor({ token: tokens.visitorB!, siteKey: siteKeyB, origin: 'https://shop.example' }), visitorEvents],
      ['another visitor of A', await t.visitor(), visitorEvents],
      ['agent of B', await t.agent(tokens.adminB!), agentEvents],
      ['bot of B', await connectBot(tokens.botB!), botEvents],
    ];
    const problems: string[] = [];
    for (const [who, socket, events] of intruders) {
      for (const [event, payload] of Object.entries(events)) {
        const data = payload === 'own' ? {} : payload(ids);
        const answer = await new Promise<unknown>((resolve) => {
          const timer = setTimeout(() => resolve('no ack'), 1500);
          socket.emit(event, data, (ack: unknown) => {
            clearTimeout(timer);
            resolve(ack);
          });
        });
        const text = JSON.stringify(answer);
        // Another visitor of A's site may read the site's knowledge base and departments, never the conversation.
        const secrets = who === 'another visitor of A' ? [ids.conversationA, 'a private question of A'] : secretsOfA;
        if (secrets.some((s) => text.includes(s))) {
          problems.push(`${event} by ${who}: answer holds A's data: ${text.slice(0, 200)}`);
        }
        const ack = answer as { ok?: boolean; error?: { code: string } };
        // Leaving a room one is not in, or unsubscribing from a list one never had, is a no-op answered ok (null).
        const noOp = ['conversation:leave', 'visitors:unsubscribe'].includes(event) && (answer as { data?: unknown }).data === null;
        if (payload !== 'own' && ack && ack.ok === true && !noOp && (JSON.stringify(data).includes(ids.conversationA) || JSON.stringify(data).includes(ids.siteA))) {
          problems.push(`${event} by ${who}: accepted on A's resource`);
        }
        if (ack?.error?.code === 'internal') problems.push(`${event} by ${who}: internal`);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(problems).toEqual([]);
    expect(relayed).toEqual([]);
    expect(await snapshotOfA()).toBe(before);
  });
});
