import { describe, expect, it } from 'vitest';
import { agentSendMessageSchema, describeIssues, loginSchema, syncMessagesSchema, visitorSendMessageSchema } from './schemas.js';

describe('payload schemas', () => {
  it('trims message text and refuses blank or oversize text, counting characters not bytes', () => {
    expect(visitorSendMessageSchema.parse({ clientId: 'abcdefgh', text: '  你好  ' }).text).toBe('你好');
    expect(visitorSendMessageSchema.safeParse({ clientId: 'abcdefgh', text: ' \n ' }).success).toBe(false);
    expect(visitorSendMessageSchema.safeParse({ clientId: 'abcdefgh', text: '字'.repeat(5000) }).success).toBe(true);
    expect(visitorSendMessageSchema.safeParse({ clientId: 'abcdefgh', text: '字'.repeat(5001) }).success).toBe(false);
  });

  it('refuses client ids that are not nanoid-like', () => {
    for (const clientId of ['short', 'has space in it', '../../etc', 'x'.repeat(65)]) {
      expect(visitorSendMessageSchema.safeParse({ clientId, text: 'hi' }).success, clientId).toBe(false);
    }
  });

  it('defaults internal to false for agents and normalises login emails', () => {
    expect(agentSendMessageSchema.parse({ conversationId: 'c1', clientId: 'abcdefgh', text: 'x' }).internal).toBe(false);
    expect(loginSchema.parse({ email: ' Mei@Example.COM ', password: 'p' }).email).toBe('mei@example.com');
  });

  it('describes what is wrong in one line with the field path', () => {
    const result = syncMessagesSchema.safeParse({ conversationId: 'c1', afterSeq: -1 });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toMatch(/^afterSeq: /);
  });
});
