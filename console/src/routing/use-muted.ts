import { useState } from 'preact/hooks';
import { localStore } from '../state/local-storage.js';

const MUTE_KEY = 'parley:console:mute';

/** Whether the agent muted the alert sound (kept in this browser). */
export function useMuted(): [boolean, (muted: boolean) => void] {
  const [muted, setMuted] = useState(() => localStore.read(MUTE_KEY) === '1');
  return [
    muted,
    (next) => {
      if (next) localStore.write(MUTE_KEY, '1');
      else localStore.remove(MUTE_KEY);
      setMuted(next);
    },
  ];
}
