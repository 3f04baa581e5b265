import { useEffect, useState } from 'preact/hooks';
import { Outbox } from '../conversation/outbox.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';

/** One outbox per connection, alive as long as the workspace is. */
export function useOutbox(socket: ConsoleSocket): Outbox {
  const [outbox] = useState(() => new Outbox(socket));
  useEffect(() => {
    outbox.start();
    return () => outbox.stop();
  }, [outbox]);
  return outbox;
}
