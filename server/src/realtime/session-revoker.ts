import type { DomainEvents } from '../domain/events.js';
import type { AgentNamespace } from './namespaces.js';
import { rooms } from './rooms.js';

/**
 * Ends a person's live console sockets the moment their sessions are revoked (deactivated,
 * password changed, signed out everywhere). With the Redis adapter the disconnect reaches
 * every process; a reconnect then fails the handshake's token-version check.
 */
export function subscribeSessionRevoker(events: DomainEvents, agents: AgentNamespace): () => void {
  const revoke = ({ agentId }: { agentId: string }) => {
    agents.in(rooms.agent(agentId)).disconnectSockets(true);
  };
  events.on('agent:sessions-revoked', revoke);
  return () => events.off('agent:sessions-revoked', revoke);
}
