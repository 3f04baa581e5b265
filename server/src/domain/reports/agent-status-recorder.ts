import type { AgentPresence, AgentStatus } from '@parley/shared';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEventMap, DomainEvents } from '../events.js';

/** What counts as online for the reports: status online with a console connected. */
export function effectiveStatus(agent: Pick<AgentPresence, 'status' | 'connected'>): AgentStatus {
  return agent.connected ? agent.status : 'offline';
}

/**
 * Records every change of an agent's effective status with its time (time online and
 * utilisation are computed from these). `agent:updated` also fires for load changes, so only
 * a status different from the last one this process recorded is written; a repeat written by
 * another process is harmless (the status simply continues).
 */
export function recordAgentStatus(store: Store, events: DomainEvents, log: Logger, now: () => number = Date.now): () => void {
  const last = new Map<string, AgentStatus>();
  const onUpdated = ({ agent }: DomainEventMap['agent:updated'][0]) => {
    const status = effectiveStatus(agent);
    if (last.get(agent.id) === status) return;
    last.set(agent.id, status);
    store.reports
      .recordAgentStatus({ agentId: agent.id, workspaceId: agent.workspaceId, status, at: now() })
      .catch((err: unknown) => log.error({ err, agentId: agent.id }, 'could not record an agent status change'));
  };
  events.on('agent:updated', onUpdated);
  return () => events.off('agent:updated', onUpdated);
}
