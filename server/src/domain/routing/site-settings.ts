import { defaultSiteSettings, siteSettingsSchema, type Site, type SiteSettings } from '@parley/shared';

/**
 * A site's settings with defaults for what its owner never set. A stored value that no longer
 * validates (written by an older Parley) falls back to the defaults rather than breaking routing.
 */
export function settingsOf(site: Pick<Site, 'settings'>): SiteSettings {
  if (!site.settings) return defaultSiteSettings;
  const parsed = siteSettingsSchema.safeParse(site.settings);
  return parsed.success ? parsed.data : defaultSiteSettings;
}
