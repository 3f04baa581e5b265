import { describe, expect, it } from 'vitest';
import { accountsCatalogs } from './accounts/accounts-catalog.js';
import { adminCatalogs } from './admin/admin-catalog.js';
import { botCatalogs } from './bot-catalog.js';
import { contactsCatalogs } from './contacts/contacts-catalog.js';
import { cannedCatalogs } from './canned/canned-catalog.js';
import { en } from './en.js';
import { liveCatalogs } from './live/live-catalog.js';
import { proactiveCatalogs } from './proactive/proactive-catalog.js';
import { reportsCatalogs } from './reports/reports-catalog.js';
import { routingCatalogs } from './routing/routing-catalog.js';
import { searchCatalogs } from './search/search-catalog.js';
import { settingsCatalogs } from './settings/settings-catalog.js';
import { shellCatalogs } from './shell/shell-catalog.js';
import { supervisionCatalogs } from './supervision/supervision-catalog.js';
import { catalogs } from './translate.js';
import { uiCatalogs } from './ui/ui-catalog.js';
import { teamworkCatalogs } from './teamwork/teamwork-catalog.js';

const families = {
  accountsCatalogs,
  adminCatalogs,
  botCatalogs,
  contactsCatalogs,
  cannedCatalogs,
  liveCatalogs,
  proactiveCatalogs,
  reportsCatalogs,
  routingCatalogs,
  searchCatalogs,
  settingsCatalogs,
  shellCatalogs,
  uiCatalogs,
  teamworkCatalogs,
  supervisionCatalogs,
};

/** The console speaks Arabic: every family it reads has every line in Arabic, with the same placeholders. */
describe('the console in Arabic', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  for (const [name, catalog] of Object.entries(families)) {
    it(`${name}: every key, with its placeholders, in Arabic script`, () => {
      const ar = catalog.ar as Record<string, string> | undefined;
      expect(ar).toBeDefined();
      for (const [key, english] of Object.entries(catalog.en as Record<string, string>)) {
        expect(ar![key], key).toBeTruthy();
        expect(placeholders(ar![key]!), key).toEqual(placeholders(english));
      }
      // Not English copied over: most lines carry Arabic letters.
      const arabic = Object.values(ar!).filter((text) => /[\u0600-\u06ff]/.test(text)).length;
      expect(arabic / Object.keys(ar!).length).toBeGreaterThan(0.9);
    });
  }

  it("the main catalog's console lines", () => {
    const ar = catalogs.ar!;
    for (const key of Object.keys(en).filter((k) => k.startsWith('console.') || k.startsWith('status.'))) {
      expect(ar[key as keyof typeof en], key).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
