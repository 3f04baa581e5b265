import type { Conversation, SiteSettings } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDuration, serviceLevel } from './service-level.js';

/**
 * "First response 1:10 / 2:00", turning into a warning ("First response due in 0:25") before
 * the target and "First response target missed" after it. `alert` makes the warning a live
 * alert (the open conversation); in the list it stays a quiet badge.
 */
export function ServiceLevelBadge({ conversation, settings, now, alert = false }: { conversation: Conversation; settings: SiteSettings | undefined; now: number; alert?: boolean }) {
  const { t } = useI18n();
  const level = serviceLevel(conversation, settings, now);
  if (!level) return null;
  const target = t(level.target === 'first_response' ? 'console.sla.firstResponse' : 'console.sla.resolution');
  const text =
    level.state === 'breached'
      ? t('console.sla.breached', { target })
      : level.state === 'warning'
        ? t('console.sla.dueIn', { target, time: formatDuration(level.remainingMs) })
        : `${target} ${formatDuration(level.elapsedMs)} / ${formatDuration(level.targetMs)}`;
  return (
    <span class={`sla sla-${level.state}`} role={alert && level.state !== 'ok' ? 'alert' : undefined}>
      {text}
    </span>
  );
}
