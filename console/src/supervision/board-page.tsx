import '../styles/supervision.css';
import type { Agent, AgentPresence, BoardQueue, Conversation, SupervisionBoard } from '@parley/shared';
import { StatusBadge } from '../conversation/status-badge.js';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { formatDuration } from '../routing/service-level.js';
import { useNow } from '../time/use-now.js';
import { Card, LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useBoard } from './use-board.js';
import { useSupervisionT, type SupervisionT } from './use-supervision-t.js';

export interface BoardPageProps {
  socket: ConsoleSocket;
  agent: Agent;
  /** Opens a conversation in the inbox (to watch it, assign it, whisper or take over). */
  onOpenConversation(id: string): void;
}

/**
 * The live board (supervisors and admins): agents with status and load against capacity, the
 * queue per department with its longest wait (ticking every second), and every live chat with
 * who holds it. Plain agents are told it is not for them (the server refuses them too).
 */
export function BoardPage({ socket, agent, onOpenConversation }: BoardPageProps) {
  const st = useSupervisionT();
  if (agent.role === 'agent') {
    return (
      <Page title={st('supervision.title')}>
        <Notice>{st('supervision.forbidden')}</Notice>
      </Page>
    );
  }
  return <LiveBoard socket={socket} onOpenConversation={onOpenConversation} />;
}

function LiveBoard({ socket, onOpenConversation }: Omit<BoardPageProps, 'agent'>) {
  const st = useSupervisionT();
  const { board, error, skewMs, reload } = useBoard(socket);
  const now = useNow(1000) + skewMs;
  return (
    <Page title={st('supervision.title')} intro={st('supervision.intro')}>
      {error && <LoadError error={error} onRetry={reload} />}
      {!board && !error && <Loading />}
      {board && (
        <div class="board">
          <Card title={st('supervision.queues')}>
            <QueueTable queues={board.queues} now={now} st={st} />
          </Card>
          <Card title={st('supervision.agents')}>
            <AgentTable board={board} st={st} />
          </Card>
          <Card title={st('supervision.chats')}>
            <ChatTable board={board} now={now} st={st} onOpen={onOpenConversation} />
          </Card>
        </div>
      )}
    </Page>
  );
}

function QueueTable({ queues, now, st }: { queues: BoardQueue[]; now: number; st: SupervisionT }) {
  const columns = [{ label: st('supervision.department') }, { label: st('supervision.waiting'), numeric: true }, { label: st('supervision.longestWait'), numeric: true }];
  return (
    <Table caption={st('supervision.queues')} columns={columns} empty={<EmptyState title={st('supervision.noQueue')} />}>
      {queues.map((q) => (
        <tr key={q.departmentId ?? ''} class={q.waiting ? 'board-queue-waiting' : undefined}>
          <Cell label={columns[0]!.label}>{q.name ?? st('supervision.noDepartment')}</Cell>
          <Cell label={columns[1]!.label} numeric>
            {q.waiting}
          </Cell>
          <Cell label={columns[2]!.label} numeric>
            {q.oldestQueuedAt === null ? '—' : <span class="board-wait">{formatDuration(Math.max(0, now - q.oldestQueuedAt))}</span>}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

function AgentTable({ board, st }: { board: SupervisionBoard; st: SupervisionT }) {
  const { t } = useI18n();
  const columns = [{ label: st('supervision.agent') }, { label: st('supervision.status') }, { label: st('supervision.load'), numeric: true }];
  return (
    <Table caption={st('supervision.agents')} columns={columns} empty={<EmptyState title={st('supervision.noAgents')} />}>
      {board.agents.map((a) => {
        const status = a.connected ? a.status : 'offline';
        const capacity = capacityOf(a, board.defaultCapacity);
        return (
          <tr key={a.id}>
            <Cell label={columns[0]!.label}>{a.name}</Cell>
            <Cell label={columns[1]!.label}>
              <span class={`presence presence-${status}`}>{t(`console.agentStatus.${status}`)}</span>
            </Cell>
            <Cell label={columns[2]!.label} numeric>
              <span class={a.activeChats >= capacity ? 'board-full' : undefined}>{st('supervision.loadOf', { load: a.activeChats, capacity })}</span>
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}

function ChatTable({ board, now, st, onOpen }: { board: SupervisionBoard; now: number; st: SupervisionT; onOpen(id: string): void }) {
  const { locale } = useI18n();
  const columns = [
    { label: st('supervision.visitor') },
    { label: st('supervision.chatStatus') },
    { label: st('supervision.heldBy') },
    { label: st('supervision.since'), numeric: true },
    { label: st('supervision.watch'), actions: true },
  ];
  const holder = (c: Conversation) =>
    c.botId ? st('supervision.bot') : c.assigneeId ? (board.agents.find((a) => a.id === c.assigneeId)?.name ?? '—') : st('supervision.nobody');
  return (
    <Table caption={st('supervision.chats')} columns={columns} empty={<EmptyState title={st('supervision.noChats')} />}>
      {board.conversations.map((c) => {
        const since = c.status === 'waiting' ? (c.queuedAt ?? c.createdAt) : (c.assignedAt ?? c.createdAt);
        const name = visitorLabel(locale, c.visitorId);
        return (
          <tr key={c.id}>
            <Cell label={columns[0]!.label}>{name}</Cell>
            <Cell label={columns[1]!.label}>
              <StatusBadge status={c.status} />
            </Cell>
            <Cell label={columns[2]!.label}>{holder(c)}</Cell>
            <Cell label={columns[3]!.label} numeric>
              {formatDuration(Math.max(0, now - since))}
            </Cell>
            <Cell label={columns[4]!.label} actions>
              <a
                class="ui-button ui-button-secondary ui-button-small"
                href={`${import.meta.env.BASE_URL}conversations/${c.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(c.id);
                }}
              >
                {st('supervision.watch')}
                <span class="visually-hidden"> {name}</span>
              </a>
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}

/** An agent's capacity as routing applies it: 0 is the site's default. */
export function capacityOf(agent: Pick<AgentPresence, 'capacity'>, defaultCapacity: number): number {
  return agent.capacity > 0 ? agent.capacity : defaultCapacity;
}
