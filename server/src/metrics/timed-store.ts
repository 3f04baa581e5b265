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
        const operation = `${prefix}${key}`;
        out = (...args: unknown[]) => {
          const stop = metrics.storeDuration.startTimer({ operation });
          try {
            const result: unknown = Reflect.apply(value as (...a: unknown[]) => unknown, obj, args);
            if (result instanceof Promise) return result.then(
              (v: unknown) => (stop({ outcome: 'ok' }), v),
              (err: unknown) => {
                stop({ outcome: 'error' });
                throw err;
              },
            );
            stop({ outcome: 'ok' });
            return result;
          } catch (err) {
            stop({ outcome: 'error' });
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
