import { z } from 'zod';

/**
 * A site's privacy settings (issue 16): merged into the site settings (`siteSettingsSchema` in
 * routing.ts), so `PATCH /api/v1/sites/{id}/settings` and the site settings form change them.
 */

/** The bounds of `retentionDays`: a day at least, ten years at most. */
export const retentionDayBounds = { min: 1, max: 3650 } as const;

export const privacySettingsFields = {
  /**
   * Closed conversations whose last activity is older than this many days are deleted with
   * their messages, files and events by the retention job; visitors left with no conversation
   * and not seen for as long go too. `null`: keep everything.
   */
  retentionDays: z.number().int().min(retentionDayBounds.min).max(retentionDayBounds.max).nullable(),
};

export const defaultPrivacySettings = {
  retentionDays: null as number | null,
};
