import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@parley/shared';
import { shouldAlert } from './visitor-alerts.js';

const message = (type: 'visitor' | 'agent', conversationId = 'c1') => ({ conversationId, text: 'hi', author: { type, id: 'x', name: null } }) as Message;
const held = { id: 'c1', assigneeId: 'me', status: 'open' } as Conversation;

describe('visitor alerts', () => {
  it('alerts for a visitor line in a chat I hold while I look elsewhere', () => {
    expect(shouldAlert(message('visitor'), held, 'me', 'c2', true)).toBe(true);
    expect(shouldAlert(message('visitor'), held, 'me', 'c1', false)).toBe(true); // tab hidden
  });

  it('stays quiet when I am looking, for others\u2019 chats, agents\u2019 lines and closed chats', () => {
    expect(shouldAlert(message('visitor'), held, 'me', 'c1', true)).toBe(false);
    expect(shouldAlert(message('visitor'), { ...held, assigneeId: 'ana' }, 'me', 'c2', true)).toBe(false);
    expect(shouldAlert(message('agent'), held, 'me', 'c2', true)).toBe(false);
    expect(shouldAlert(message('visitor'), { ...held, status: 'closed' }, 'me', 'c2', true)).toBe(false);
  });
});
