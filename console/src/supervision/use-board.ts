import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorBody, SupervisionBoard } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { useSocketEvent } from '../realtime/use-socket-event.js';

/** Changes close together (a burst of assignments) make one read of the board. */
const COALESCE_MS = 300;

export interface BoardState {
  board: SupervisionBoard | null;
  error: ErrorBody | null;
  /** The server's clock minus the browser's when the board arrived: waits tick on the server's time. */
  skewMs: number;
  reload(): void;
}

/**
 * The live board: `GET /api/v1/supervision/board`, read again (coalesced) whenever the agent
 * socket says an agent or a conversation changed, and after every reconnect. No event of its
 * own: the board is derived from what the console hears already.
 */
export function useBoard(socket: ConsoleSocket): BoardState {
  const rest = useRestClient();
  const [board, setBoard] = useState<SupervisionBoard | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [skewMs, setSkew] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const load = useCallback(async () => {
    const answer = await rest<{ board: SupervisionBoard }>('GET', '/supervision/board');
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSkew(answer.data.board.at - Date.now());
    setBoard(answer.data.board);
  }, [rest]);
  const soon = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void load();
    }, COALESCE_MS);
  }, [load]);
  useEffect(() => {
    void load();
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [load]);
  useSocketEvent(socket, 'agent:updated', soon);
  useSocketEvent(socket, 'conversation:updated', soon);
  useSocketEvent(socket, 'connect', soon);
  return { board, error, skewMs, reload: () => void load() };
}
