import { ErrorCode } from '@parley/shared';
import { createStore, type Store } from '../state/store.js';
import { ConnectionStatus } from './connection-status.js';
import type { ConnectError, ConsoleSocket } from './console-socket.js';

export interface AgentConnectionOptions {
  /** The token was refused (expired, revoked, agent removed): the agent must sign in again. */
  onUnauthorized(): void;
  /** Wait before reconnecting when the server refused or ended the connection without naming a delay. */
  retryMs?: number;
  /** Spreads reconnects so agents do not all return in the same instant after a restart. */
  jitter?: () => number;
}

/**
 * Owns the `/agent` socket's lifecycle: tracks its status for the banner and reconnects where
 * socket.io-client will not on its own (after `server:shutdown`, a server-side disconnect, or a
 * handshake refused for a reason other than the token).
 */
export class AgentConnection {
  readonly status: Store<ConnectionStatus> = createStore<ConnectionStatus>(ConnectionStatus.connecting);
  private shutdownDelayMs: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    readonly socket: ConsoleSocket,
    private readonly options: AgentConnectionOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    this.socket.on('server:shutdown', this.onShutdown);
    this.socket.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('connect_error', this.onConnectError);
    this.socket.off('server:shutdown', this.onShutdown);
    this.socket.disconnect();
  }

  private readonly onConnect = () => {
    this.clearTimer();
    this.shutdownDelayMs = null;
    this.status.set(ConnectionStatus.online);
  };

  private readonly onDisconnect = (reason: string) => {
    if (this.stopped) return;
    this.status.set(ConnectionStatus.reconnecting);
    if (reason === 'io server disconnect') this.reconnectLater(this.shutdownDelayMs ?? this.retryMs);
  };

  private readonly onConnectError = (error: ConnectError) => {
    if (this.stopped) return;
    if (error.data?.code === ErrorCode.unauthorized) {
      this.stop();
      this.options.onUnauthorized();
      return;
    }
    this.status.set(ConnectionStatus.reconnecting);
    // A refused handshake leaves the socket inactive; transport failures are retried by socket.io itself.
    if (!this.socket.active) this.reconnectLater(this.retryMs);
  };

  private readonly onShutdown = ({ reconnectInMs }: { reconnectInMs: number }) => {
    // The server is going away and has said when to come back. Leave now and return after the
    // delay rather than hammering a closed port with socket.io's own backoff.
    this.shutdownDelayMs = reconnectInMs;
    this.socket.disconnect();
    this.status.set(ConnectionStatus.reconnecting);
    this.reconnectLater(reconnectInMs);
  };

  private get retryMs(): number {
    return this.options.retryMs ?? 2000;
  }

  private reconnectLater(delayMs: number): void {
    this.clearTimer();
    const jitter = this.options.jitter?.() ?? Math.random() * 500;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped && !this.socket.connected) this.socket.connect();
    }, delayMs + jitter);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
