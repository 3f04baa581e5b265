import { describe, expect, it } from 'vitest';
import type { Conversation } from '@parley/shared';
import { isReopenable, withinReopenWindow } from './reopen-recent.js';

const closed: Conversation = {
  id: 'c',
  workspaceId: 'w',
  siteId: 's',
  visitorId: 'v',
  status: 'closed',
  assigneeId: 'a',
  botId: null,
  lastSeq: 3,
  lastMessage: null,
  createdAt: 0,
  updatedAt: 0,
  closedAt: 1_000,
  missed: false,
  offline: false,
};

describe('reopening a conversation the visitor writes to again', () => {
  it('reopens only a conversation closed by people: not open, missed, a left message or a bot one', () => {
    expect(isReopenable(closed)).toBe(true);
    expect(isReopenable(null)).toBe(false);
    expect(isReopenable({ ...closed, status: 'open', closedAt: null })).toBe(false);
    expect(isReopenable({ ...closed, missed: true })).toBe(false);
    expect(isReopenable({ ...closed, offline: true })).toBe(false);
    expect(isReopenable({ ...closed, botId: 'b' })).toBe(false);
  });

  it('reopens within the window, up to its last millisecond; a window of 0 is off', () => {
    expect(withinReopenWindow(1_000, 10, 1_000 + 10 * 60_000)).toBe(true);
    expect(withinReopenWindow(1_000, 10, 1_001 + 10 * 60_000)).toBe(false);
    expect(withinReopenWindow(1_000, 0, 1_000)).toBe(false);
  });
});
