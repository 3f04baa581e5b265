import { Badge } from '../ui/badge.js';
import { useContactsT } from './use-contacts-t.js';

/**
 * "Verified" (a check and the word, never colour alone) for a contact whose user id the site's
 * identity hash proved; "Not verified" only where asked (`showUnverified`), e.g. the profile.
 */
export function VerifiedBadge({ verified, showUnverified = false }: { verified: boolean; showUnverified?: boolean }) {
  const t = useContactsT();
  if (!verified && !showUnverified) return null;
  return (
    <Badge tone={verified ? 'success' : 'neutral'}>
      {verified && (
        <svg class="contact-check" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      )}
      {verified ? t('contacts.verified') : t('contacts.unverified')}
    </Badge>
  );
}
