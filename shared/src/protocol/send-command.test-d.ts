import { describe, expectTypeOf, it } from 'vitest';
import type { Ack, ErrorCode } from '../errors.js';
import type { Conversation, Message } from '../domain.js';
import type { AgentClientToServerEvents } from './agent-protocol.js';
import type { VisitorClientToServerEvents, VisitorServerToClientEvents } from './visitor-protocol.js';
import { type AckOf, type CommandSocket, type PayloadOf } from './send-command.js';
import { agentCommand } from './agent-protocol.js';
import { visitorCommand } from './visitor-protocol.js';

describe('protocol types', () => {
  it('derives ack and payload types from the event maps', () => {
    expectTypeOf<AckOf<VisitorClientToServerEvents['message:send']>>().toEqualTypeOf<Ack<Message>>();
    expectTypeOf<AckOf<AgentClientToServerEvents['conversation:list']>>().toEqualTypeOf<Ack<Conversation[]>>();
    expectTypeOf<PayloadOf<VisitorClientToServerEvents['messages:sync']>>().toEqualTypeOf<{
      conversationId: string;
      afterSeq: number;
    }>();
  });

  it('types commands by event name and refuses a wrong payload or event', () => {
    const socket = {} as CommandSocket;
    expectTypeOf(visitorCommand(socket, 'message:send', { clientId: 'abcdefgh', text: 'hi' }, 1)).resolves.toEqualTypeOf<
      Ack<Message>
    >();
    expectTypeOf(agentCommand(socket, 'conversation:close', { conversationId: 'x' }, 1)).resolves.toEqualTypeOf<
      Ack<Conversation>
    >();
    // @ts-expect-error text is required
    void visitorCommand(socket, 'message:send', { clientId: 'abcdefgh' }, 1);
    // @ts-expect-error no such command for a visitor
    void visitorCommand(socket, 'conversation:close', { conversationId: 'x' }, 1);
  });

  it('keeps server events apart from commands and codes closed', () => {
    expectTypeOf<Parameters<VisitorServerToClientEvents['message:new']>[0]>().toEqualTypeOf<Message>();
    expectTypeOf<'not_a_code'>().not.toMatchTypeOf<ErrorCode>();
    // @ts-expect-error internal notes are an agent's, not a visitor's
    expectTypeOf<PayloadOf<VisitorClientToServerEvents['message:send']>>().toHaveProperty('internal');
  });
});
