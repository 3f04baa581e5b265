import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION, VISITOR_NAMESPACE, visitorCommand } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

const address = '198.51.100.77';

/**
 * Issue 16, privacy: Parley keeps no client IP address in what it stores (visitor rows, events,
 * messages, beacons). The abuse limits count addresses in memory or Redis, keys that expire
 * with their window; the request log writes no address. A site cannot opt into full addresses
 * because nothing would store them. This guard fails the day one lands in the data file.
 */
describe('client addresses in stored data', () => {
  let t: TestServer;
  let files: string[];
  beforeAll(async () => {
    t = await startTestServer({}, { keepData: true });
    // A beacon and a chat from a client behind the (trusted, loopback) proxy.
    const beacon = await fetch(`${t.url}/api/v1/visitor/pageview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: t.url, 'x-forwarded-for': address },
      body: JSON.stringify({ siteKey: DEMO.siteKey, session: nanoid(12), visitStartedAt: Date.now(), pages: 1, url: `${t.url}/pricing` }),
    });
    expect(beacon.status).toBe(200);
    const { token } = (await beacon.json()) as { token: string };
    const visitor: VisitorClient = io(`${t.url}${VISITOR_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin: t.url, 'x-forwarded-for': address },
      auth: { protocol: PROTOCOL_VERSION, siteKey: DEMO.siteKey, token },
    });
    await new Promise<void>((resolve, reject) => {
      visitor.once('connect', () => resolve());
      visitor.once('connect_error', reject);
    });
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: 'where is my order?' }, 5000);
    expect(sent.ok).toBe(true);
    visitor.close();
    await t.close();
    files = readdirSync(t.dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  });
  afterAll(() => rmSync(t.dataDir, { recursive: true, force: true }));

  it('stores neither the address nor its network in the data directory', () => {
    // The scan reads what was stored: the message is there.
    expect(files.some((file) => readFileSync(file).toString('latin1').includes('where is my order?'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      expect(bytes.includes(address), file).toBe(false);
      expect(bytes.includes('198.51.100.'), file).toBe(false);
    }
  });
});
