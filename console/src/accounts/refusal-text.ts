import type { ErrorBody } from '@parley/shared';
import type { AccountsT } from './use-accounts-t.js';

/** One line for a refused change: the fields are marked, the server cannot be reached, or its reason. */
export function refusalText(error: ErrorBody, t: AccountsT): string {
  if (error.issues?.length) return t('accounts.fixFields');
  if (error.code === 'unavailable') return t('accounts.unreachable');
  return t('accounts.refused', { reason: error.message });
}
