import type { Store } from '../store/port.js';
import type { ParleyMetrics } from './parley-metrics.js';

/** The store's parts whose methods are timed too (`routing.claim`, `bots.claimDelivery`, …). */
const parts = new Set(['proactive', 'bots', 'knowledge', 'routing', 'mail', 'accounts', 'live']);

/**
 * The store with every method call timed into `parley_store_operation_duration_seconds`.
 * A Proxy rather than a wrapper class: the port has well over a hundred methods across its
 * parts, and a new one is timed without anyone remembering to.
 */
export function timedStore(store: Store, metrics: ParleyMetrics): Store {
  return timed(store, '', metrics) as Store;
}

function timed(target: object, prefix: string, metrics: ParleyMetrics): object {
  // Keyed by the value, not the name: a method replaced on the store (a test's fault injection) is timed as itself.
  const cache = new WeakMap<object, unknown>();
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key !== 'string' || !value || (typeof value !== 'function' && typeof value !== 'object')) return value;
      if (cache.has(value)) return cache.get(value);
      let out = value;
      if (typeof value === 'function') {
        // The labelled children are looked up once per method: `startTimer(labels)` on every call
        // hashed the labels each time, and on the message path that cost about a sixth of the
        // sustained rate (bench throughput 6,000 → 5,000 msgs/s).
        const ok = metrics.storeDuration.labels({ operation: `${prefix}${key}`, outcome: 'ok' });
        const failed = metrics.storeDuration.labels({ operation: `${prefix}${key}`, outcome: 'error' });
        const since = (start: number) => (performance.now() - start) / 1000;
        out = (...args: unknown[]) => {
          const start = performance.now();
          try {
            const result: unknown = Reflect.apply(value as (...a: unknown[]) => unknown, obj, args);
            if (result instanceof Promise) return result.then(
              (v: unknown) => (ok.observe(since(start)), v),
              (err: unknown) => {
                failed.observe(since(start));
                throw err;
              },
            );
            ok.observe(since(start));
            return result;
          } catch (err) {
            failed.observe(since(start));
            throw err;
          }
        };
      } else if (!prefix && parts.has(key) && value && typeof value === 'object') {
        out = timed(value, `${key}.`, metrics);
      }
      cache.set(value, out);
      return out;
    },
  });
}
