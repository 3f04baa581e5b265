import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context.js';
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

/** Mute / unmute, and a button to allow desktop notifications while the browser has not been asked. */
export function AlertControls({ muted, onMute }: { muted: boolean; onMute(muted: boolean): void }) {
  const { t } = useI18n();
  const N = (globalThis as { Notification?: typeof Notification }).Notification;
  const [permission, setPermission] = useState(N?.permission ?? 'denied');
  return (
    <span class="alert-controls">
      <button type="button" class="button subtle" aria-pressed={muted} onClick={() => onMute(!muted)}>
        {muted ? t('console.alert.unmute') : t('console.alert.mute')}
      </button>
      {N && permission === 'default' && (
        <button type="button" class="button subtle" onClick={() => void N.requestPermission().then(setPermission)}>
          {t('console.alert.notifications')}
        </button>
      )}
    </span>
  );
}
