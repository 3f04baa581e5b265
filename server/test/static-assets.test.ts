import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createParleyServer, type ParleyServer } from '../src/parley-server.js';

/** A GET that leaves the body as sent (fetch would decode it). */
function rawGet(url: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) =>
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject),
  );
}

describe('built assets', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'parley-assets-'));
  const loader = `/* loader */ ${'window.Parley=1;'.repeat(200)}`;
  let server: ParleyServer;
  let url: string;
  beforeAll(async () => {
    mkdirSync(path.join(root, 'widget', 'app'), { recursive: true });
    mkdirSync(path.join(root, 'console', 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'widget', 'widget.js'), loader);
    writeFileSync(path.join(root, 'widget', 'app', 'parley-app.js'), 'export const app = 1;');
    writeFileSync(path.join(root, 'console', 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(path.join(root, 'console', 'assets', 'index-abc.js'), 'console.log(1)');
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'silent' });
    server = await createParleyServer(config, { assets: { widgetDist: path.join(root, 'widget'), consoleDist: path.join(root, 'console') } });
    url = await server.listen();
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the loader compressed as the browser accepts, with CORS and a short cache', async () => {
    const br = await rawGet(`${url}/widget.js`, 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['access-control-allow-origin']).toBe('*');
    expect(br.headers['cache-control']).toBe('public, max-age=300');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.body.length).toBeLessThan(loader.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(loader);
    const gz = await rawGet(`${url}/widget.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(loader);
    const plain = await rawGet(`${url}/widget.js`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(loader);
  });

  it('answers a revalidation with 304 and serves the app immutable', async () => {
    const first = await fetch(`${url}/widget/app/parley-app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('cache-control')).toContain('immutable');
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${url}/widget/app/parley-app.js`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the console with a client-side route fallback and refuses paths outside the folders', async () => {
    expect(await (await fetch(`${url}/console/conversations/abc`)).text()).toContain('<title>console</title>');
    expect((await fetch(`${url}/console/assets/index-abc.js`)).status).toBe(200);
    expect((await fetch(`${url}/widget/..%2fdata%2fjwt-secret`)).status).toBe(404);
    expect((await fetch(`${url}/widget/missing.js`)).status).toBe(404);
  });
});
