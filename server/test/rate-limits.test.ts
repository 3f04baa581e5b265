import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, VISITOR_NAMESPACE, visitorCommand } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { limitRules } from '../src/limits/limit-rules.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

/**
 * The abuse limits at their defaults, probed as the issue measured them: floods of wrong
 * passwords, socket messages, new visitor connections and tokenless beacons from one place.
 * Each flood is refused past its limit (429 with Retry-After, or `rate_limited` in the ack or
 * the handshake), nothing refused is stored, and an honest user beside it is not slowed.
 */
describe('abuse limits (defaults, real server)', () => {
  let t: TestServer;
  // Signed in before the password floods below block the demo account.
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer({ RATE_LIMITS: 'on' });
    admin = await t.agentToken();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, from?: string) =>
    fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
      body: JSON.stringify({ email, password }),
    });

  it('refuses wrong passwords for one account past its limit, with 429 and Retry-After, even the right one', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 200; i++) {
      const res = await login(DEMO.email, `wrong-${i}`, '198.51.100.7');
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter ??= res.headers.get('retry-after');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      } else await res.body?.cancel();
    }
    const allowed = limitRules.loginAccount.points;
    expect(statuses.slice(0, allowed).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(allowed).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(limitRules.loginAccount.seconds - 5);
    // Blocked: even the right password is not tried until the block ends.
    expect((await login(DEMO.email, DEMO.password, '198.51.100.8')).status).toBe(429);
  }, 60_000);

  it('refuses many addresses guessing one account once the account has had its share', async () => {
    const email = `guess-${nanoid(6)}@demo.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await login(email, 'nope-nope-nope', `203.0.113.${i + 1}`)).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(limitRules.loginAccount.points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - limitRules.loginAccount.points);
  }, 30_000);

  it('limits one visitor flooding messages, stores only what it acknowledged, and leaves another visitor unhurt', async () => {
    const flooder = await t.visitor();
    const first = await visitorCommand(flooder, 'message:send', { clientId: nanoid(), text: 'first' }, 5000);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const conversationId = first.data.conversationId;
    const honest = await t.visitor();
    const floodDone = Promise.all(
      Array.from({ length: 2000 }, (_, i) => visitorCommand(flooder, 'message:send', { clientId: nanoid(), text: `flood ${i}`, conversationId }, 20_000)),
    );
    // The honest visitor writes while the flood is being refused.
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const ack = await visitorCommand(honest, 'message:send', { clientId: nanoid(), text: `hello ${i}` }, 5000);
      expect(ack.ok).toBe(true);
      latencies.push(Date.now() - started);
    }
    const acks = await floodDone;
    const accepted = acks.filter((a) => a.ok).length;
    const refused = acks.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(accepted).toBeLessThanOrEqual(limitRules.visitorMessage.points);
    expect(refused.length).toBe(2000 - accepted);
    expect(refused[0]?.ok === false && refused[0].error.retryAfterMs).toBeGreaterThan(0);
    const stored = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 5000, includeInternal: true });
    expect(stored.filter((m) => m.author.type === 'visitor')).toHaveLength(accepted + 1);
    expect(Math.max(...latencies)).toBeLessThan(2000);
  });

  it('refuses new visitor connections from one address past the limit, but not a returning visitor', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, () =>
        new Promise<{ ok: true; socket: VisitorClient } | { ok: false; code: string }>((resolve) => {
          const socket: VisitorClient = io(`${t.url}${VISITOR_NAMESPACE}`, {
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
            extraHeaders: { origin: t.url, 'x-forwarded-for': '192.0.2.44' },
            auth: { protocol: PROTOCOL_VERSION, siteKey: DEMO.siteKey },
          });
          socket.once('connect', () => resolve({ ok: true, socket }));
          socket.once('connect_error', (err) => {
            socket.close();
            resolve({ ok: false, code: (err as Error & { data?: { code: string } }).data?.code ?? err.message });
          });
        }),
      ),
    );
    const connected = outcomes.flatMap((o) => (o.ok ? [o.socket] : []));
    expect(connected).toHaveLength(limitRules.newVisitorAddress.points);
    expect(new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.code])))).toEqual(new Set(['rate_limited']));
    // A visitor who has a token comes back from the same address without being counted.
    const token = await new Promise<string>((resolve) => {
      const s = io(`${t.url}${VISITOR_NAMESPACE}`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { origin: t.url },
        auth: { protocol: PROTOCOL_VERSION, siteKey: DEMO.siteKey },
      });
      s.once('session', (session) => {
        s.close();
        resolve(session.token);
      });
    });
    const back = io(`${t.url}${VISITOR_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin: t.url, 'x-forwarded-for': '192.0.2.44' },
      auth: { protocol: PROTOCOL_VERSION, siteKey: DEMO.siteKey, token },
    });
    await new Promise<void>((resolve, reject) => {
      back.once('connect', () => resolve());
      back.once('connect_error', reject);
    });
    back.close();
    for (const socket of connected) socket.close();
  }, 30_000);

  it('refuses page-view beacons without a token from one address past the limit: no visitor for those', async () => {
    const beacon = (i: number) =>
      fetch(`${t.url}/api/v1/visitor/pageview`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: t.url, 'x-forwarded-for': '192.0.2.99' },
        body: JSON.stringify({ siteKey: DEMO.siteKey, session: `session-${i}-xx`, visitStartedAt: Date.now(), pages: 1, url: `${t.url}/p/${i}` }),
      });
    const tokens = new Set<string>();
    const statuses: number[] = [];
    // In batches of 25 at once: the count is exact whatever the order.
    for (let batch = 0; batch < 2000; batch += 25) {
      await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const res = await beacon(batch + j);
          statuses.push(res.status);
          if (res.ok) tokens.add(((await res.json()) as { token: string }).token);
          else {
            if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
            await res.body?.cancel();
          }
        }),
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(limitRules.beaconNewVisitorAddress.points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2000 - limitRules.beaconNewVisitorAddress.points);
    expect(tokens.size).toBe(limitRules.beaconNewVisitorAddress.points);
  }, 60_000);

  it('counts a site by its own rules where it set them, leaves other sites at the defaults, and refuses a bad rule', async () => {
    const rest = (path: string, method: string, body?: unknown) =>
      fetch(`${t.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const created = await rest('/sites', 'POST', { name: 'Trade fair stand', allowedOrigins: [t.url] });
    expect(created.status).toBe(201);
    const site = ((await created.json()) as { site: { id: string; key: string } }).site;
    const settings = (patch: unknown) => rest(`/sites/${site.id}/settings`, 'PATCH', patch);

    // Refused whole, nothing changed: an unknown limit, zero points, a window over a day.
    for (const bad of [{ loginAccount: { points: 5, seconds: 60 } }, { visitorMessage: { points: 0, seconds: 60 } }, { visitorMessage: { points: 5, seconds: 90_000 } }]) {
      const res = await settings({ rateLimits: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      await res.body?.cancel();
    }
    const ok = await settings({ rateLimits: { visitorMessage: { points: 3, seconds: 60 } } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { site: { settings: { rateLimits: unknown } } }).site.settings.rateLimits).toEqual({ visitorMessage: { points: 3, seconds: 60 } });

    const send = async (visitor: VisitorClient, n: number) => {
      const codes: string[] = [];
      let conversationId: string | undefined;
      for (let i = 0; i < n; i++) {
        const ack = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: `line ${i}`, ...(conversationId ? { conversationId } : {}) }, 5000);
        if (ack.ok) conversationId = ack.data.conversationId;
        codes.push(ack.ok ? 'ok' : ack.error.code);
      }
      return codes;
    };
    const fairVisitor = await t.visitor({ siteKey: site.key });
    expect(await send(fairVisitor, 5)).toEqual(['ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
    // The demo site set nothing: its visitor keeps the default (20 per 10 s).
    const demoVisitor = await t.visitor();
    expect(await send(demoVisitor, 5)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    fairVisitor.close();
    demoVisitor.close();

    // Back to the defaults for connections made after the change.
    expect((await settings({ rateLimits: {} })).status).toBe(200);
    const again = await t.visitor({ siteKey: site.key });
    expect(await send(again, 5)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    again.close();
  });
});
