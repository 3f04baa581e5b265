import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the gauges read when Prometheus scrapes (each may be absent until its part is built). */
export interface MetricSources {
  /** Sockets connected now, per namespace. */
  connected(): { visitor: number; agent: number; bot: number } | null;
  /** Conversations waiting for a person, and how long the oldest has waited. */
  queue(): Promise<{ length: number; oldestWaitSeconds: number }>;
}

/**
 * Prometheus metrics for `/metrics` (prom-client), in a registry of this server's own so that
 * several servers in one process (tests) do not share counters. Names start with `parley_`;
 * the process's own (event-loop delay, heap, GC, CPU) come from prom-client's defaults.
 */
export class ParleyMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly storeDuration: Histogram<'operation' | 'outcome'>;
  readonly messages: Counter<'author'>;
  readonly messageLatency: Histogram;
  readonly limited: Counter<'limit'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'parley_' });
    this.httpDuration = new Histogram({
      name: 'parley_http_request_duration_seconds',
      help: 'REST and static requests, by method, matched route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.storeDuration = new Histogram({
      name: 'parley_store_operation_duration_seconds',
      help: 'Store calls (SQLite or MongoDB), by port method',
      labelNames: ['operation', 'outcome'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.messages = new Counter({
      name: 'parley_messages_total',
      help: 'Messages stored, by author type (rate() of it is messages per second)',
      labelNames: ['author'],
      registers,
    });
    this.messageLatency = new Histogram({
      name: 'parley_message_delivery_latency_seconds',
      help: 'From a message being taken (its createdAt) to its event going out to the broadcasters',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    });
    this.limited = new Counter({
      name: 'parley_rate_limited_total',
      help: 'Requests refused by an abuse limit, by limit',
      labelNames: ['limit'],
      registers,
    });
    new Gauge({
      name: 'parley_connected_sockets',
      help: 'Sockets connected to this process, by namespace',
      labelNames: ['namespace'],
      registers,
      collect() {
        const counts = sources.connected();
        if (!counts) return;
        for (const [namespace, n] of Object.entries(counts)) this.set({ namespace }, n);
      },
    });
    const queueLength = new Gauge({ name: 'parley_queue_length', help: 'Conversations waiting for a person (all workspaces)', registers });
    new Gauge({
      name: 'parley_queue_oldest_wait_seconds',
      help: 'How long the oldest waiting conversation has waited',
      registers,
      async collect() {
        const queue = await sources.queue();
        queueLength.set(queue.length);
        this.set(queue.oldestWaitSeconds);
      },
    });
  }
}
