import { describe, expect, it } from 'vitest';
import { unreadCount } from './unread.js';

const last = (authorType: 'visitor' | 'agent' | 'system') => ({ text: 'hi', authorType, createdAt: 1 });

describe('unreadCount', () => {
  it('counts the lines after the team’s read mark when the visitor wrote last', () => {
    expect(unreadCount({ lastSeq: 7, agentReadSeq: 4, lastMessage: last('visitor') })).toBe(3);
    expect(unreadCount({ lastSeq: 2, lastMessage: last('visitor') })).toBe(2);
  });

  it('is zero once the team has read up to the last line, or wrote last', () => {
    expect(unreadCount({ lastSeq: 7, agentReadSeq: 7, lastMessage: last('visitor') })).toBe(0);
    expect(unreadCount({ lastSeq: 9, agentReadSeq: 4, lastMessage: last('agent') })).toBe(0);
    expect(unreadCount({ lastSeq: 0, lastMessage: null })).toBe(0);
  });
});
