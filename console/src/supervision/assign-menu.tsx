import { agentCommand, type AgentPresence, type Conversation, type Department } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { Popover } from '../ui/popover.js';
import { useToast } from '../ui/toast.js';
import { useSupervisionT } from './use-supervision-t.js';

export interface AssignMenuProps {
  socket: ConsoleSocket;
  conversation: Conversation;
  agents: readonly AgentPresence[];
  departments: readonly Department[];
  /** The site's default capacity, for agents whose own is 0. */
  defaultCapacity: number;
}

/**
 * "Assign" in the conversation's header, for supervisors and admins (the server lets only them
 * `conversation:assign`; callers show it to them alone): every agent with status and load, then
 * the departments (a department puts it in that team's queue: `conversation:transfer`).
 */
export function AssignMenu({ socket, conversation, agents, departments, defaultCapacity }: AssignMenuProps) {
  const { t } = useI18n();
  const st = useSupervisionT();
  const toast = useToast();
  const conversationId = conversation.id;
  const run = async (command: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const ack = await command;
    if (!ack.ok) toast(st('supervision.assign.failed', { reason: ack.error?.message ?? '' }), 'danger');
  };
  const choices = agents.filter((a) => a.active !== false && a.id !== conversation.assigneeId);
  return (
    <Popover buttonClass="button assign-button" panelClass="assign-panel" trigger={st('supervision.assign')}>
      {(close) => (
        <div role="group" aria-label={st('supervision.assignTo')}>
          <h3>{st('supervision.assign.agents')}</h3>
          <ul>
            {choices.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  onClick={() => {
                    close();
                    void run(agentCommand(socket, 'conversation:assign', { conversationId, agentId: a.id }, COMMAND_TIMEOUT_MS));
                  }}
                >
                  {st('supervision.assign.agentLine', {
                    name: a.name,
                    status: t(`console.agentStatus.${a.connected ? a.status : 'offline'}`),
                    load: a.activeChats,
                    capacity: a.capacity > 0 ? a.capacity : defaultCapacity,
                  })}
                </button>
              </li>
            ))}
          </ul>
          {departments.length > 0 && (
            <>
              <h3>{st('supervision.assign.departments')}</h3>
              <ul>
                {departments.map((d) => (
                  <li key={d.id}>
                    <button
                      type="button"
                      onClick={() => {
                        close();
                        void run(agentCommand(socket, 'conversation:transfer', { conversationId, departmentId: d.id, note: '' }, COMMAND_TIMEOUT_MS));
                      }}
                    >
                      {d.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Popover>
  );
}
