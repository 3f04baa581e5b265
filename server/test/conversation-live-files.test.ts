import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Message, type UploadedFile } from '@parley/shared';
import { FileLinks } from '../src/domain/conversation-live/file-links.js';
import { collect, eventually } from './conversation-helpers.js';
import { chatPair } from './conversation-live-helpers.js';
import { makePng } from './png-fixture.js';
import { patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

function upload(t: TestServer, token: string, conversationId: string, bytes: Uint8Array, name: string, declaredType = 'image/png'): Promise<Response> {
  const form = new FormData();
  form.append('conversationId', conversationId);
  form.append('file', new Blob([bytes], { type: declaredType }), name);
  return fetch(`${t.url}/api/v1/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

/** Every file the disk storage holds (the folder under DATA_DIR). */
function storedFiles(t: TestServer): string[] {
  const root = path.join(t.dataDir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

describe('files in a conversation (real server, multipart over fetch)', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('takes a real PNG from the visitor, sends it with a message, and serves it through its signed link', async () => {
    const { visitor, agent, conversationId, token } = await chatPair(t);
    const png = makePng(300, 200);
    const res = await upload(t, token, conversationId, png, '截图 1.png');
    expect(res.status).toBe(201);
    const file = (await res.json()) as UploadedFile;
    expect(file).toMatchObject({ name: '截图 1.png', size: png.length, type: 'image/png' });

    const atAgent = collect<Message>(agent, 'message:new');
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), conversationId, text: 'see screenshot', attachments: [file.id] }, 5000);
    expect(sent.ok).toBe(true);
    const message = sent.ok ? sent.data : null;
    expect(message?.attachments?.[0]).toMatchObject({ id: file.id, name: '截图 1.png', size: png.length, type: 'image/png' });
    await eventually(() => atAgent.length === 1);
    const attachment = atAgent[0]!.attachments![0]!;
    expect(attachment.url).toMatch(new RegExp(`^/api/v1/files/${file.id}\\?expires=\\d+&sig=`));

    const download = await fetch(`${t.url}${attachment.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%88%AA%E5%9B%BE%201.png");
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);

    const thumb = await fetch(`${t.url}${attachment.thumbnailUrl}`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(Number(thumb.headers.get('content-length') ?? (await thumb.clone().arrayBuffer()).byteLength)).toBeLessThan(png.length);

    // The agent reads it again later (the stored message, a fresh link).
    const synced = await agentCommand(agent, 'messages:sync', { conversationId, afterSeq: 0 }, 5000);
    const again = synced.ok ? synced.data.messages.find((m) => m.id === message?.id) : undefined;
    expect(again?.attachments?.[0]?.url).toMatch(/sig=/);

    // Files never open a conversation: a first message with attachments is refused, nothing opened.
    const fresh = await t.visitor();
    const refused = await visitorCommand(fresh, 'message:send', { clientId: nanoid(), text: 'file first', attachments: [file.id] }, 5000);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const none = await visitorCommand(fresh, 'conversation:current', {}, 5000);
    expect(none).toEqual({ ok: true, data: null });

    // One upload goes on one message only.
    const twice = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), conversationId, text: 'again', attachments: [file.id] }, 5000);
    expect(twice).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('documents the upload, file and transcript routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/uploads', '/files/{id}', '/conversations/{id}/transcript']));
    expect(doc.paths['/uploads']).toHaveProperty('post');
    expect(doc.components.schemas).toHaveProperty('Attachment');
  });

  it('refuses a changed, missing or expired signature', async () => {
    const { agent, conversationId } = await chatPair(t);
    const res = await upload(t, await t.agentToken(), conversationId, new TextEncoder().encode('订单 12345\n'), 'order.txt', 'text/plain');
    expect(res.status).toBe(201);
    const file = (await res.json()) as UploadedFile;
    const sent = await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: 'the file', attachments: [file.id] }, 5000);
    const url = sent.ok ? sent.data.attachments![0]!.url : '';
    const good = await fetch(`${t.url}${url}`);
    expect(good.status).toBe(200);
    expect(good.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await good.text()).toBe('订单 12345\n');

    const tampered = url.replace(/sig=(.)/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
    expect((await fetch(`${t.url}${tampered}`)).status).toBe(403);
    const later = url.replace(/expires=(\d+)/, (_m, n: string) => `expires=${Number(n) + 1000}`);
    expect((await fetch(`${t.url}${later}`)).status).toBe(403);
    expect((await fetch(`${t.url}/api/v1/files/${file.id}`)).status).toBe(403);
    expect((await fetch(`${t.url}${url.replace(/&sig=[^&]+/, '')}`)).status).toBe(403);
    const expired = new FileLinks(t.server.config.jwtSecret, () => Date.now() - 2 * 3600_000).url(file.id);
    expect((await fetch(`${t.url}${expired}`)).status).toBe(403);
  });

  it('refuses an .exe renamed .png, an empty file and an oversized one, and stores nothing', async () => {
    const { conversationId, token } = await chatPair(t);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 0)]);
    const refused = await upload(t, token, conversationId, exe, 'photo.png', 'image/png');
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });

    const empty = await upload(t, token, conversationId, new Uint8Array(0), 'empty.png');
    expect(empty.status).toBe(400);

    await patchSettings(t, { uploads: { enabled: true, maxBytes: 100_000, types: ['image/png', 'application/pdf'] } });
    const big = await upload(t, token, conversationId, makePng(200, 200), 'big.png');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const text = await upload(t, token, conversationId, new TextEncoder().encode('hello'), 'a.txt', 'text/plain');
    expect(text.status).toBe(415);

    expect(storedFiles(t)).toEqual([]);
    expect(await t.server.store.live.listAttachments(conversationId)).toEqual([]);
    expect(readdirSync(path.join(t.dataDir, 'uploads-in'))).toEqual([]);
  });

  it('leaves nothing behind when an upload is cut off midway', async () => {
    const { conversationId, token } = await chatPair(t);
    const boundary = 'parley-boundary';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="conversationId"\r\n\r\n${conversationId}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.png"\r\ncontent-type: image/png\r\n\r\n`;
    const png = makePng(400, 400);
    await new Promise<void>((resolve) => {
      const req = request(`${t.url}/api/v1/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + png.length + 100) },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      req.write(head);
      req.write(png.subarray(0, 200_000), () => setTimeout(() => {
        req.destroy();
        resolve();
      }, 200));
    });
    await eventually(() => readdirSync(path.join(t.dataDir, 'uploads-in')).length === 0);
    expect(storedFiles(t)).toEqual([]);
    expect(await t.server.store.live.listAttachments(conversationId)).toEqual([]);
  });

  it('lets only the conversation\'s visitor and its workspace\'s agents upload, and deletes a conversation\'s files', async () => {
    const { conversationId } = await chatPair(t);
    const stranger = await t.visitor();
    const strangerToken = await new Promise<string>((resolve) => {
      stranger.once('session', (s) => resolve(s.token));
      stranger.disconnect().connect();
    });
    const png = makePng(20, 20);
    expect((await upload(t, strangerToken, conversationId, png, 'x.png')).status).toBe(404);
    expect((await upload(t, 'not-a-token', conversationId, png, 'x.png')).status).toBe(401);
    const agentToken = await t.agentToken();
    const ok = await upload(t, agentToken, conversationId, png, 'x.png');
    expect(ok.status).toBe(201);
    // Over REST too: the agent's message carries the file with a signed link.
    const { id } = (await ok.json()) as UploadedFile;
    const posted = await fetch(`${t.url}/api/v1/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agentToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '给您看这张图', attachments: [id] }),
    });
    expect(posted.status).toBe(201);
    const { message } = (await posted.json()) as { message: Message };
    expect(message.attachments?.[0]).toMatchObject({ id, name: 'x.png', type: 'image/png' });
    expect((await fetch(`${t.url}${message.attachments![0]!.url}`)).status).toBe(200);
    expect(storedFiles(t).length).toBe(2); // the file and its thumbnail
    expect(await t.server.files.deleteConversationFiles(conversationId)).toBe(1);
    expect(storedFiles(t)).toEqual([]);
  });
  it('deletes a closed conversation for an admin, with its files in the storage, and refuses an open one', async () => {
    const { visitor, agent, conversationId, token } = await chatPair(t);
    const res = await upload(t, token, conversationId, makePng(64, 64), 'before-delete.png');
    const file = (await res.json()) as UploadedFile;
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), conversationId, text: 'file', attachments: [file.id] }, 5000);
    const link = sent.ok ? sent.data.attachments![0]!.url : '';
    expect(storedFiles(t).length).toBeGreaterThan(0);
    const admin = await t.agentToken();
    const del = (bearer: string | null) =>
      fetch(`${t.url}/api/v1/conversations/${conversationId}`, { method: 'DELETE', headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

    expect((await del(null)).status).toBe(401);
    const open = await del(admin);
    expect(open.status).toBe(409);
    expect(((await open.json()) as { error: { code: string } }).error.code).toBe('conflict');
    expect((await fetch(`${t.url}${link}`)).status).toBe(200);

    expect((await agentCommand(agent, 'conversation:close', { conversationId }, 5000)).ok).toBe(true);
    expect((await del(admin)).status).toBe(204);
    expect(storedFiles(t)).toEqual([]);
    expect((await fetch(`${t.url}${link}`)).status).toBe(404);
    const messages = await fetch(`${t.url}/api/v1/conversations/${conversationId}/messages`, { headers: { authorization: `Bearer ${admin}` } });
    expect(messages.status).toBe(404);
    expect((await del(admin)).status).toBe(404);
  });
});
