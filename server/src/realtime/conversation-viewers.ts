import type { Logger } from '../logger.js';
import type { AgentNamespace } from './namespaces.js';

const prefix = 'conv:';
/** Joins and leaves close together (a console switching conversations) are told once. */
const settleMs = 50;

/**
 * `conversation:viewers`: whenever an agent socket joins or leaves a conversation's room
 * (`conversation:join`, `conversation:leave`, a disconnect), the agents in that room hear who has
 * it open, one entry per agent (several tabs count once). With the Redis adapter the room is
 * read across processes; each process tells about the changes it saw.
 */
export function watchConversationViewers(agents: AgentNamespace, log: Logger): () => void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const tell = async (room: string) => {
    pending.delete(room);
    const sockets = await agents.in(room).fetchSockets();
    const viewers = new Map<string, string>();
    for (const s of sockets) if (s.data.kind === 'agent') viewers.set(s.data.agentId, s.data.agentName);
    agents.to(room).emit('conversation:viewers', {
      conversationId: room.slice(prefix.length),
      viewers: [...viewers].map(([id, name]) => ({ id, name })),
    });
  };
  const changed = (room: string) => {
    if (!room.startsWith(prefix) || pending.has(room)) return;
    const timer = setTimeout(() => void tell(room).catch((err: unknown) => log.warn({ err, room }, 'could not tell the viewers')), settleMs);
    timer.unref?.();
    pending.set(room, timer);
  };
  agents.adapter.on('join-room', changed);
  agents.adapter.on('leave-room', changed);
  return () => {
    agents.adapter.off('join-room', changed);
    agents.adapter.off('leave-room', changed);
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
  };
}
