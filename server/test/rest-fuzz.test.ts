import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '@parley/shared';
import { openApiDocument } from '../src/http/openapi.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * Every REST route of the OpenAPI document, hit with what a careless or hostile client sends:
 * malformed percent-escapes in path parameters, huge and odd strings, bodies of the wrong type,
 * size and encoding, `__proto__` keys. Whatever it is, the answer is a 4xx (or a 2xx when the
 * request happens to be fine), never a 5xx.
 */
type Route = { method: string; path: string };

const routes: Route[] = Object.entries((openApiDocument() as { paths: Record<string, Record<string, unknown>> }).paths).flatMap(
  ([path, operations]) => Object.keys(operations).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((method) => ({ method: method.toUpperCase(), path })),
);

const malformedEscapes = ['%E4%ZZ', '%C0%AF', '%', '%%', '%G1', '%E4%B8', 'a%2', '%FF%FE', '%00'];
const pathValue = fc.oneof(
  fc.constantFrom(...malformedEscapes),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '..', '%2e%2e', '0', '-1', 'null'),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 2000, max: 8000 }).map((n) => 'x'.repeat(n)), // long ids (URLs up to ~24 KB with three of them)
);
const queryString = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?limit=-1', '?limit=abc', '?limit=1e309', '?status=%', '?q=%E4%ZZ', '?__proto__[x]=1', '?limit=1&limit=2', '?afterSeq=NaN'),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }).map((q) => `?${new URLSearchParams(q)}`),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? 'null' })),
  fc.constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"text":{"__proto__":null},"clientId":["a"]}',
    '{', '[]', 'null', '"text"', '123', '{"a":1,}', '\u0000',
  ).map((text) => ({ type: 'application/json', text })),
  fc.constant({ type: 'application/json', text: JSON.stringify({ text: 'x'.repeat(limits.restBodyBytes + 10) }) }),
  fc.string({ maxLength: 200 }).map((text) => ({ type: 'text/plain', text })),
  fc.constant({ type: 'application/json; charset=latin1', text: '{}' }),
  fc.constant({ type: 'application/x-www-form-urlencoded', text: 'a=1&__proto__[b]=2' }),
);

describe('REST fuzz: every bad request is a 4xx', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await t.agentToken();
  });
  afterAll(() => t.close());

  it('enumerates the routes of the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes).toContainEqual({ method: 'GET', path: '/conversations/{id}/messages' });
  });

  it('answers a malformed percent-escape in a path parameter with 400 bad_request', async () => {
    for (const escape of ['%E4%ZZ', '%C0%AF', '%']) {
      const res = await fetch(`${t.url}/api/v1/conversations/${escape}/messages`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'bad_request', message: 'the URL has a malformed percent-escape' } });
    }
  });

  it('answers a body over the limit with 413 and a body in an unreadable charset with 400', async () => {
    const post = (type: string, text: string) =>
      fetch(`${t.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': type }, body: text });
    const big = await post('application/json', JSON.stringify({ email: 'x'.repeat(limits.restBodyBytes) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const latin = await post('application/json; charset=latin1', '{}');
    expect(latin.status).toBe(400);
    expect(await latin.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('never answers 5xx, whatever the path parameters, query and body', async () => {
    const seen: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.array(pathValue, { minLength: 3, maxLength: 3 }), queryString, body, fc.boolean(), async (route, values, query, payload, authed) => {
        let i = 0;
        const path = route.path.replace(/\{[^}]+\}/g, () => values[i++ % values.length]!);
        const res = await fetch(`${t.url}/api/v1${path}${query}`, {
          method: route.method,
          headers: { ...(authed ? { authorization: `Bearer ${token}` } : {}), ...(route.method === 'GET' ? {} : { 'content-type': payload.type }) },
          ...(route.method === 'GET' ? {} : { body: payload.text }),
        });
        await res.arrayBuffer();
        if (res.status >= 500) seen.push(`${route.method} ${path}${query} -> ${res.status}`);
        return res.status < 500;
      }),
      { numRuns: 400 },
    );
    expect(seen).toEqual([]);
    // No `__proto__` key in any body reached Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
