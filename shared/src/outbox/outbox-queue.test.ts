import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutboxQueue, type SendOutcome } from './outbox-queue.js';

interface Item {
  clientId: string;
  lane: string;
  failed?: boolean;
}

/** A queue whose sends wait until the test answers them, recording what went out and when. */
function setup(options: { connected?: boolean } = {}) {
  let entries: readonly Item[] = [];
  let connected = options.connected ?? true;
  const sent: string[] = [];
  const answers: ((outcome: SendOutcome<Item>) => void)[] = [];
  const queue = createOutboxQueue<Item>({
    storage: { get: () => entries, set: (next) => (entries = next) },
    send: (item) => {
      sent.push(item.clientId);
      return new Promise((resolve) => answers.push(resolve));
    },
    canSend: () => connected,
    sendable: (item) => !item.failed,
    laneOf: (item) => item.lane,
    retryMs: 1000,
  });
  const answer = async (outcome: SendOutcome<Item>) => {
    answers.shift()!(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  return {
    queue,
    sent,
    answer,
    ids: () => entries.map((e) => e.clientId),
    entries: () => entries,
    setConnected: (value: boolean) => (connected = value),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createOutboxQueue', () => {
  it('sends a lane one entry at a time, in the order written, and drops each once stored', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    void t.queue.add({ clientId: 'b', lane: 'c1' });
    expect(t.sent).toEqual(['a']);
    await t.answer('sent');
    expect(t.sent).toEqual(['a', 'b']);
    await t.answer('sent');
    expect(t.ids()).toEqual([]);
  });

  it('keeps lanes apart: one waiting lane does not hold up another', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    void t.queue.add({ clientId: 'b', lane: 'c2' });
    expect(t.sent).toEqual(['a', 'b']);
  });

  it('keeps an entry that may pass later and sends it again with the same clientId after the retry delay', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    void t.queue.add({ clientId: 'b', lane: 'c1' });
    await t.answer('retry');
    expect(t.ids()).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.sent).toEqual(['a', 'a']);
  });

  it('never sends one clientId twice at once, however often it is flushed', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    void t.queue.flush();
    void t.queue.flush();
    expect(t.sent).toEqual(['a']);
  });

  it('loses nothing while disconnected and sends it all on flush after the reconnect', async () => {
    const t = setup({ connected: false });
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    expect(t.sent).toEqual([]);
    t.setConnected(true);
    void t.queue.flush();
    expect(t.sent).toEqual(['a']);
    await t.answer('sent');
    expect(t.ids()).toEqual([]);
  });

  it('keeps an entry refused for good in its place, unsent, and goes on with the next', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    void t.queue.add({ clientId: 'b', lane: 'c1' });
    await t.answer({ clientId: 'a', lane: 'c1', failed: true });
    expect(t.sent).toEqual(['a', 'b']);
    expect(t.entries()[0]).toEqual({ clientId: 'a', lane: 'c1', failed: true });
    await t.answer('sent');
    void t.queue.flush();
    expect(t.sent).toEqual(['a', 'b']);
    expect(t.ids()).toEqual(['a']);
  });

  it('sends nothing after stop, and cancels the retry', async () => {
    const t = setup();
    void t.queue.add({ clientId: 'a', lane: 'c1' });
    await t.answer('retry');
    t.queue.stop();
    await vi.advanceTimersByTimeAsync(5000);
    void t.queue.flush();
    expect(t.sent).toEqual(['a']);
    expect(t.ids()).toEqual(['a']);
  });
});
