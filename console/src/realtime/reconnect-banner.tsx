import { useI18n } from '../i18n/i18n-context.js';
import { ConnectionStatus } from './connection-status.js';

/** Tells the agent the connection dropped; replies typed meanwhile wait and go out on return. */
export function ReconnectBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  if (status !== ConnectionStatus.reconnecting) return null;
  return (
    <div class="banner" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('console.status.reconnecting')}
    </div>
  );
}
