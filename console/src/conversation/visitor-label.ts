import type { Translate } from '../i18n/i18n-context.js';

/** "Visitor 3fK9aZ": visitors have no name until they give one, so a short id tells them apart. */
export function visitorLabel(t: Translate, visitorId: string, name?: string | null): string {
  return name || `${t('console.conversation.visitor')} ${visitorId.slice(0, 6)}`;
}
