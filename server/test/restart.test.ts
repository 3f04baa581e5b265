import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Ack, type Message } from '@parley/shared';
import { visitorSays } from './conversation-helpers.js';
import { startTestServer } from './test-server.js';

describe('graceful shutdown and restart', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses no acknowledged message across a restart, and tokens keep working', async () => {
    const first = await startTestServer({}, { dataDir, keepData: true });
    const visitor = await first.visitor();
    const token = await new Promise<string>((resolve) => {
      visitor.once('session', (s) => resolve(s.token));
      visitor.disconnect().connect();
    });
    const opening = await visitorSays(visitor, '重启前的消息');
    const shutdownNotice = new Promise((resolve) => visitor.once('server:shutdown', resolve));

    // A burst in flight while the server stops: each is either acknowledged (and then must
    // survive) or refused with `unavailable` / unanswered (and the client retries it).
    // The stop begins once 50 of them are stored, so some are certainly acknowledged and
    // the rest arrive during the stop.
    let stored = 0;
    const fiftyStored = new Promise<void>((resolve) =>
      first.server.events.on('message:new', () => {
        if (++stored === 50) resolve();
      }),
    );
    const burst = Array.from({ length: 200 }, (_, i) =>
      visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: `burst ${i}` }, 3000),
    );
    await fiftyStored;
    const closing = first.server.close();
    const acks: Ack<Message>[] = await Promise.all(burst);
    await closing;
    await shutdownNotice;
    await first.close();
    const acked = acks.filter((a): a is { ok: true; data: Message } => a.ok).map((a) => a.data);
    for (const a of acks) if (!a.ok) expect(a.error.code).toBe('unavailable');
    console.info(`restart: ${acked.length} acknowledged before the stop, ${acks.length - acked.length} refused`);
    expect(acked.length).toBeGreaterThanOrEqual(50);

    const second = await startTestServer({}, { dataDir, keepData: false });
    try {
      const back = await second.visitor({ token });
      const current = await visitorCommand(back, 'conversation:current', {}, 5000);
      expect(current.ok).toBe(true);
      if (!current.ok || !current.data) return;
      const texts = current.data.messages.map((m) => m.text);
      expect(texts[0]).toBe('重启前的消息');
      for (const m of acked) expect(texts).toContain(m.text);
      expect(current.data.conversation.id).toBe(opening.conversationId);
      // The agent's login also survives: the secret lives in DATA_DIR.
      const agent = await second.agent();
      const list = await agentCommand(agent, 'conversation:list', {}, 5000);
      expect(list.ok && list.data.map((c) => c.id)).toEqual([opening.conversationId]);
    } finally {
      await second.close();
    }
  });
});
