import { describe, expect, it } from 'vitest';
import type { LiveVisitor } from '@parley/shared';
import { FakeSocket } from '../test/fake-socket.js';
import { LiveVisitorList, sortedRows } from './live-visitor-list.js';

const row = (id: string, overrides: Partial<LiveVisitor> = {}): LiveVisitor => ({
  visitorId: id,
  siteId: 's1',
  name: null,
  email: null,
  url: 'https://shop.test/',
  title: 'Home',
  referrer: null,
  pageSince: 1,
  visitStartedAt: 1,
  pages: 1,
  returning: false,
  device: 'desktop',
  browser: 'Chrome',
  language: 'zh-CN',
  conversationId: null,
  hidden: false,
  updatedAt: 1,
  ...overrides,
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('live visitor list on the console', () => {
  it('takes the first page, applies patches, pages on, and subscribes again after a reconnect', async () => {
    const socket = new FakeSocket();
    let subscribes = 0;
    socket.answer('visitors:subscribe', () => {
      subscribes++;
      return { ok: true, data: { siteId: 's1', total: 3, visitors: [row('a', { visitStartedAt: 3 }), row('b', { visitStartedAt: 2 })], cursor: '2~b' } };
    });
    socket.answer('visitors:page', () => ({ ok: true, data: { siteId: 's1', total: 3, visitors: [row('c')], cursor: null } }));
    socket.open();
    const list = new LiveVisitorList(socket, 's1');
    list.start();
    await settle();
    expect(sortedRows(list.state.get().rows).map((r) => r.visitorId)).toEqual(['a', 'b']);

    socket.fire('visitors:patch', { siteId: 's1', total: 3, upsert: [row('b', { title: 'Pricing', pages: 2, visitStartedAt: 2, updatedAt: 5 })], remove: ['a'] });
    socket.fire('visitors:patch', { siteId: 'other', total: 9, upsert: [row('x')], remove: [] });
    await list.more();
    const state = list.state.get();
    expect(sortedRows(state.rows).map((r) => [r.visitorId, r.title])).toEqual([
      ['b', 'Pricing'],
      ['c', 'Home'],
    ]);
    expect(state.total).toBe(3);
    expect(state.cursor).toBeNull();

    socket.drop();
    socket.open();
    await settle();
    expect(subscribes).toBe(2);
    expect(sortedRows(list.state.get().rows).map((r) => r.visitorId)).toEqual(['a', 'b']);
    list.stop();
    expect(socket.sentOf('visitors:unsubscribe')).toEqual([{ siteId: 's1' }]);
  });
});
