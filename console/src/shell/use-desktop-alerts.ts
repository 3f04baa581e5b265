import { useState } from 'preact/hooks';
import { localStore } from '../state/local-storage.js';

const OFF_KEY = 'parley:console:desktop-alerts-off';

export interface DesktopAlerts {
  /** Notifications will show: the agent has them on and the browser allows them. */
  on: boolean;
  /** The browser refuses them (the agent blocked them in its settings): the switch cannot help. */
  blocked: boolean;
  set(on: boolean): void;
}

/**
 * Desktop alerts on or off, kept in this browser. Turning them on asks the browser's permission
 * the first time (it must be asked from a click); turning them off keeps the permission and only
 * stops Parley from using it.
 */
export function useDesktopAlerts(): DesktopAlerts {
  const N = (globalThis as { Notification?: typeof Notification }).Notification;
  const [permission, setPermission] = useState<NotificationPermission>(N?.permission ?? 'denied');
  const [off, setOff] = useState(() => localStore.read(OFF_KEY) === '1');
  return {
    on: !off && permission === 'granted',
    blocked: !N || permission === 'denied',
    set(next) {
      setOff(!next);
      if (next) localStore.remove(OFF_KEY);
      else localStore.write(OFF_KEY, '1');
      if (next && N && permission === 'default') void N.requestPermission().then(setPermission);
    },
  };
}
