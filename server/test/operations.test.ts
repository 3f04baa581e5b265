import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { pino } from 'pino';
import { visitorCommand } from '@parley/shared';
import { startTestServer, type TestServer } from './test-server.js';

/** `/healthz`, `/readyz`, `/metrics` and the request log, on the real server. */
describe('operations endpoints', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is alive and ready once listening, and not ready once the store stops answering', async () => {
    t = await startTestServer();
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok' } });
    // The store fails (as a database that went away would): out of rotation, and it says why.
    const store = t.server.store;
    const original = store.getWorkspace.bind(store);
    (store as { getWorkspace: unknown }).getWorkspace = () => Promise.reject(new Error('database unreachable'));
    const down = await fetch(`${t.url}/readyz`);
    (store as { getWorkspace: unknown }).getWorkspace = original;
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', checks: { store: 'database unreachable' } });
  });

  it('exposes Prometheus metrics: HTTP, sockets, messages, store latency, event-loop delay', async () => {
    t = await startTestServer();
    const visitor = await t.visitor();
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: 'metrics?' }, 5000);
    expect(sent.ok).toBe(true);
    await fetch(`${t.url}/api/v1/openapi.json`);
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^parley_connected_sockets\{namespace="visitor"\} 1$/m);
    expect(text).toMatch(/^parley_messages_total\{author="visitor"\} 1$/m);
    expect(text).toMatch(/^parley_message_delivery_latency_seconds_count 1$/m);
    expect(text).toMatch(/^parley_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/openapi.json",status="200"\} 1$/m);
    expect(text).toMatch(/^parley_store_operation_duration_seconds_count\{operation="appendMessage",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^parley_store_operation_duration_seconds_count\{operation="routing\.[a-zA-Z]+",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^parley_queue_length \d+$/m);
    expect(text).toMatch(/^parley_nodejs_eventloop_lag_p99_seconds /m);
  });

  it('asks for METRICS_TOKEN when one is set', async () => {
    t = await startTestServer({ METRICS_TOKEN: 'metrics-token-0123456789' });
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789x' } })).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).status).toBe(200);
  });

  it('logs each request once with its id, sends the id back, and leaves tokens out of the log', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    t = await startTestServer({}, { parley: { logger: pino({ level: 'info' }, sink) } });
    const given = await fetch(`${t.url}/api/v1/auth/me?secret=1`, { headers: { 'x-request-id': 'proxy-id-12345', authorization: 'Bearer not-a-real-token' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-id-12345');
    const fresh = await fetch(`${t.url}/api/v1/auth/password-reset/sometoken123`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const freshId = fresh.headers.get('x-request-id');
    expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${t.url}/healthz`);
    await new Promise((r) => setTimeout(r, 50));
    const requests = lines.filter((l) => l.req);
    expect(requests.map((l) => l.req)).toEqual([
      { id: 'proxy-id-12345', method: 'GET', path: '/api/v1/auth/me' },
      { id: freshId, method: 'POST', path: '/api/v1/auth/password-reset/:token' },
    ]);
    expect(requests.map((l) => [l.level, (l.res as { status: number }).status])).toEqual([[40, 401], [40, 400]]);
    expect(JSON.stringify(lines)).not.toContain('not-a-real-token');
  });
});
