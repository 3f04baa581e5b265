import { transcriptRequestSchema } from '@parley/shared';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { MailFeature } from '../domain/mail/create-mail.js';
import { handler, type HandlerContext } from './socket-handler.js';

interface CommandSocket {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** The visitor's mail command: "email me the transcript" (`transcript:request`). */
export function registerVisitorMailCommands(
  socket: CommandSocket,
  actor: Actor & { kind: 'visitor' },
  deps: HandlerContext & { mail: MailFeature },
): void {
  socket.on(
    'transcript:request',
    handler(deps, transcriptRequestSchema, (input) => deps.mail.transcripts.request(actor, input)),
  );
}
