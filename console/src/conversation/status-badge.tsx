import type { ConversationStatus } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** A conversation's status as a coloured word. */
export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useI18n();
  return <span class={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
