import { ErrorCode, type ErrorBody } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

/** A refused action, said in the agent's language where the code is one we expect. */
export function ActionError({ error, onDismiss }: { error: ErrorBody; onDismiss(): void }) {
  const { t } = useI18n();
  const text =
    error.code === ErrorCode.conflict
      ? t('console.conversation.taken')
      : error.code === ErrorCode.unavailable
        ? t('console.error.unavailable')
        : t('console.error.generic', { reason: error.message });
  return (
    <div class="action-error" role="alert">
      <span>{text}</span>
      <button type="button" class="icon-button" onClick={onDismiss} aria-label={t('console.dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
