import { ErrorCode } from '@parley/shared';
import type { Connection } from './chat-state.js';
import type { VisitorSocket } from './visitor-socket.js';

export interface ConnectionHooks {
  setConnection(connection: Connection): void;
  setOnline(online: boolean): void;
  /** The server refused the visitor token: forget it before connecting afresh. */
  forgetToken(): void;
}

/**
 * Keeps the visitor socket connected where socket.io does not do it by itself: after the
 * server ends a socket on purpose, across a server restart (`server:shutdown`), when the
 * browser comes back online, and once without the token when the server refuses it.
 * Reports the connection and network state. Returns a function that stops it all.
 */
export function keepConnected(socket: VisitorSocket, win: Window, hooks: ConnectionHooks): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      socket.connect();
    }, ms);
    timers.add(timer);
  };
  let triedFreshToken = false;
  let refused = false;

  socket.on('connect', () => {
    triedFreshToken = false;
    hooks.setConnection('connected');
  });
  socket.on('connect_error', (err) => {
    const code = err.data?.code;
    if (code === ErrorCode.unauthorized && !triedFreshToken) {
      // Forged, expired, or from another server's secret: become a new visitor, once.
      triedFreshToken = true;
      hooks.forgetToken();
      socket.connect();
    } else if (code) {
      // Refused at the handshake (origin, site, protocol): socket.io does not retry, nor do we.
      if (!refused) console.warn(`Parley: the chat server refused this page (${code}): ${err.message}`);
      refused = true;
      hooks.setConnection('refused');
    } else {
      hooks.setConnection('reconnecting'); // transport failure: socket.io retries by itself
    }
  });
  socket.on('disconnect', (reason) => {
    hooks.setConnection('reconnecting');
    // The server closed this socket on purpose; socket.io leaves reconnecting to us.
    if (reason === 'io server disconnect') later(1000 * (1 + Math.random()));
  });
  socket.on('server:shutdown', ({ reconnectInMs }) => {
    // Leave now and come back when the new process should be up, spread out so that the
    // widgets on every page do not all knock in the same millisecond.
    socket.disconnect();
    later(reconnectInMs * (1 + Math.random() / 2));
  });

  const online = () => {
    hooks.setOnline(true);
    if (!socket.connected && !refused) socket.connect();
  };
  const offline = () => hooks.setOnline(false);
  win.addEventListener('online', online);
  win.addEventListener('offline', offline);
  return () => {
    win.removeEventListener('online', online);
    win.removeEventListener('offline', offline);
    timers.forEach(clearTimeout);
  };
}
