import { describe, expectTypeOf, it } from 'vitest';
import type { Ack } from '../errors.js';
import type { AgentServerToClientEvents } from '../protocol/agent-protocol.js';
import { visitorCommand, type VisitorConversation, type VisitorServerToClientEvents } from '../protocol/visitor-protocol.js';
import type { CommandSocket } from '../protocol/send-command.js';
import type { ConversationViewers, ReadNotice, TypingNotice } from './live-domain.js';

describe('live-conversation protocol types', () => {
  it('acks the rating with the visitor\'s conversation, which carries the rating and the team\'s seen mark', () => {
    const socket = {} as CommandSocket;
    expectTypeOf(visitorCommand(socket, 'conversation:rate', { conversationId: 'c', score: 5 }, 1)).resolves.toEqualTypeOf<Ack<VisitorConversation>>();
    expectTypeOf<VisitorConversation['agentReadSeq']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error a score is required
    void visitorCommand(socket, 'conversation:rate', { conversationId: 'c' }, 1);
  });

  it('types the relayed hints on both sides', () => {
    expectTypeOf<Parameters<VisitorServerToClientEvents['typing']>[0]>().toEqualTypeOf<TypingNotice>();
    expectTypeOf<Parameters<AgentServerToClientEvents['conversation:read']>[0]>().toEqualTypeOf<ReadNotice>();
    expectTypeOf<Parameters<AgentServerToClientEvents['conversation:viewers']>[0]>().toEqualTypeOf<ConversationViewers>();
    // @ts-expect-error visitors never hear who is viewing
    expectTypeOf<VisitorServerToClientEvents>().toHaveProperty('conversation:viewers');
  });
});
