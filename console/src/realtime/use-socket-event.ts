import { useEffect, useRef } from 'preact/hooks';
import type { ConsoleSocket, ConsoleSocketEvents } from './console-socket.js';

/** Listens to one socket event for as long as the component is mounted, always with the latest handler. */
export function useSocketEvent<E extends keyof ConsoleSocketEvents>(
  socket: ConsoleSocket,
  event: E,
  handler: ConsoleSocketEvents[E],
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = ((...args: unknown[]) => (latest.current as (...a: unknown[]) => void)(...args)) as ConsoleSocketEvents[E];
    socket.on(event, listener);
    return () => void socket.off(event, listener);
  }, [socket, event]);
}
