import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Ack } from './errors.js';
import { mailListQuerySchema, transcriptRequestSchema } from './mail.js';
import type { AckOf, PayloadOf } from './protocol/send-command.js';
import type { VisitorClientToServerEvents } from './protocol/visitor-protocol.js';

describe('mail payloads', () => {
  it('normalises the address of a transcript request and refuses a bad one or a bad id', () => {
    expect(transcriptRequestSchema.parse({ conversationId: 'c_1', email: ' Mei@Example.COM ' })).toEqual({ conversationId: 'c_1', email: 'mei@example.com' });
    expect(transcriptRequestSchema.safeParse({ conversationId: 'c_1', email: 'a@b.c, evil@x.y' }).success).toBe(false);
    expect(transcriptRequestSchema.safeParse({ conversationId: '../x', email: 'a@example.com' }).success).toBe(false);
  });

  it('lists failed mail unless told otherwise', () => {
    expect(mailListQuerySchema.parse({})).toEqual({ status: 'failed', limit: 50 });
    expect(mailListQuerySchema.parse({ status: 'sent', limit: '5' })).toEqual({ status: 'sent', limit: 5 });
    expect(mailListQuerySchema.safeParse({ status: 'lost' }).success).toBe(false);
  });

  it('types transcript:request in the visitor protocol', () => {
    expectTypeOf<PayloadOf<VisitorClientToServerEvents['transcript:request']>>().toEqualTypeOf<{ conversationId: string; email: string }>();
    expectTypeOf<AckOf<VisitorClientToServerEvents['transcript:request']>>().toEqualTypeOf<Ack<null>>();
  });
});
