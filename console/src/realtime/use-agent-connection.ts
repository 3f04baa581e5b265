import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../state/use-store.js';
import { AgentConnection, type AgentConnectionOptions } from './agent-connection.js';
import type { ConnectionStatus } from './connection-status.js';
import type { ConsoleSocket } from './console-socket.js';

/** Opens the agent's socket for the component's lifetime and reports how it stands. */
export function useAgentConnection(
  makeSocket: () => ConsoleSocket,
  options: AgentConnectionOptions,
): { socket: ConsoleSocket; status: ConnectionStatus } {
  const [connection] = useState(() => new AgentConnection(makeSocket(), options));
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  return { socket: connection.socket, status: useStore(connection.status) };
}
