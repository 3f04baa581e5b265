import { BOARD_CONVERSATION_LIMIT, type BoardQueue, type Conversation, type Department, type SupervisionBoard } from '@parley/shared';
import type { Store } from '../../store/port.js';
import { assertSupervisor, type Actor } from '../conversations/conversation-access.js';
import { presence } from './routing-service.js';
import { settingsOf } from './site-settings.js';

/** As many queued conversations as the queue view reads to place visitors (queue-view.ts). */
const QUEUE_READ = 5000;

/**
 * The supervisors' live board: who is there and how loaded, each department's queue and its
 * longest wait, and every live chat with who holds it. Read from the store, which every process
 * shares, so any process answers the same.
 */
export async function supervisionBoard(store: Store, actor: Actor & { kind: 'agent' }, now: number): Promise<SupervisionBoard> {
  assertSupervisor(actor);
  const workspaceId = actor.workspaceId;
  const [states, agents, departments, queue, live, sites] = await Promise.all([
    store.routing.listAgentStates(workspaceId),
    store.accounts.listAgents(workspaceId),
    store.routing.listDepartments(workspaceId),
    store.routing.listQueue(workspaceId, QUEUE_READ),
    // Offline messages wait for a reply by mail, not in the live queue: not live chats.
    store.listConversations({ workspaceId, statuses: ['waiting', 'open'], offline: false, limit: BOARD_CONVERSATION_LIMIT }),
    store.listSites(workspaceId),
  ]);
  // Someone whose access was removed holds no chat and takes none: off the board.
  const removed = new Set(agents.filter((a) => a.active === false).map((a) => a.id));
  return {
    at: now,
    defaultCapacity: settingsOf(sites[0] ?? {}).defaultCapacity,
    agents: states.filter((s) => !removed.has(s.id)).map(presence),
    queues: queuesOf(queue, departments),
    conversations: live,
  };
}

/** One line per department (and one for chats in no department, when any wait), longest wait first. */
function queuesOf(queue: Conversation[], departments: Department[]): BoardQueue[] {
  const lines = new Map<string | null, BoardQueue>(departments.map((d) => [d.id, { departmentId: d.id, name: d.name, waiting: 0, oldestQueuedAt: null }]));
  for (const c of queue) {
    const key = c.departmentId ?? null;
    let line = lines.get(key);
    if (!line) {
      line = { departmentId: key, name: null, waiting: 0, oldestQueuedAt: null };
      lines.set(key, line);
    }
    line.waiting++;
    const since = c.queuedAt ?? c.createdAt;
    if (line.oldestQueuedAt === null || since < line.oldestQueuedAt) line.oldestQueuedAt = since;
  }
  return [...lines.values()].sort((a, b) => (a.oldestQueuedAt ?? Infinity) - (b.oldestQueuedAt ?? Infinity));
}
