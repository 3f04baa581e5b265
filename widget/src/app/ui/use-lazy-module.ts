import { useEffect, useState } from 'preact/hooks';

/**
 * A module from an on-demand chunk, fetched the first time `wanted` holds and kept from then
 * on; `null` until it has arrived. A fetch that fails (the network dropped) is tried again the
 * next time `wanted` turns true.
 * @example const kb = useLazyModule(loadKnowledge, helpOpen); // kb?.KnowledgePanel
 */
export function useLazyModule<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [loaded, setLoaded] = useState<M | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    load().then(
      (m) => current && setLoaded(() => m),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, load]);
  return loaded;
}
