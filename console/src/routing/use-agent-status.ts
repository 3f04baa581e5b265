import { useState } from 'preact/hooks';
import { agentCommand, type AgentStatus } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';

/**
 * The agent's Online / Away / Offline, as the server keeps it (a reload shows it again, from the
 * socket's session), and a way to change it: shown at once, put back if the server refuses.
 * `null` until the session says.
 */
export function useAgentStatus(socket: ConsoleSocket, agentId: string): [AgentStatus | null, (next: AgentStatus) => Promise<void>] {
  const [status, setStatus] = useState<AgentStatus | null>(null);
  useSocketEvent(socket, 'session', ({ agent }) => setStatus(agent.status ?? 'online'));
  useSocketEvent(socket, 'agent:updated', (agent) => agent.id === agentId && setStatus(agent.status));
  const choose = async (next: AgentStatus) => {
    const previous = status;
    setStatus(next);
    const ack = await agentCommand(socket, 'agent:status', { status: next }, COMMAND_TIMEOUT_MS);
    if (!ack.ok) setStatus(previous);
  };
  return [status, choose];
}
