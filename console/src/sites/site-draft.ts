import { appearanceOf, locales, type FieldIssue, type Locale, type ReplyTime, type Site, type SiteAppearance } from '@parley/shared';

/** A site as its editor holds it: origins as typed, one per line; every language's welcome as text. */
export interface SiteDraft {
  name: string;
  origins: string;
  /** `''`: follow the visitor's browser. */
  locale: Locale | '';
  brandColor: string;
  launcherSide: 'left' | 'right';
  welcome: Record<Locale, string>;
  teamName: string;
  avatarUrl: string | null;
  replyTime: ReplyTime;
}

export function draftOf(site: Site | null): SiteDraft {
  const look = appearanceOf(site ?? {});
  return {
    name: site?.name ?? '',
    origins: (site?.allowedOrigins ?? []).join('\n'),
    locale: (site?.locale as Locale | null) ?? '',
    brandColor: look.brandColor,
    launcherSide: look.launcherSide,
    welcome: Object.fromEntries(locales.map((l) => [l, look.welcome[l] ?? ''])) as Record<Locale, string>,
    teamName: look.teamName ?? '',
    avatarUrl: look.avatarUrl,
    replyTime: look.replyTime,
  };
}

/** The non-empty lines of the origins box, in order: `allowedOrigins.N` in a refusal is line N's. */
export function originLines(origins: string): { text: string; line: number }[] {
  return origins
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}

function appearanceOfDraft(d: SiteDraft): SiteAppearance {
  const welcome: Partial<Record<Locale, string>> = {};
  for (const l of locales) if (d.welcome[l].trim()) welcome[l] = d.welcome[l].trim();
  return {
    brandColor: d.brandColor,
    launcherSide: d.launcherSide,
    welcome,
    teamName: d.teamName.trim() || null,
    avatarUrl: d.avatarUrl,
    replyTime: d.replyTime,
  };
}

/** The body for `POST /sites`: everything. */
export function createBody(d: SiteDraft) {
  return { name: d.name, allowedOrigins: originLines(d.origins).map((l) => l.text), locale: d.locale || null, appearance: appearanceOfDraft(d) };
}

/** The body for `PATCH /sites/{id}`: only what changed (`null` when nothing did). */
export function patchBody(before: SiteDraft, after: SiteDraft): Record<string, unknown> | null {
  const full = createBody(after);
  const was = createBody(before);
  const patch: Record<string, unknown> = {};
  if (full.name !== was.name) patch.name = full.name;
  if (JSON.stringify(full.allowedOrigins) !== JSON.stringify(was.allowedOrigins)) patch.allowedOrigins = full.allowedOrigins;
  if (full.locale !== was.locale) patch.locale = full.locale;
  const look: Record<string, unknown> = {};
  for (const key of Object.keys(full.appearance) as (keyof SiteAppearance)[]) {
    if (JSON.stringify(full.appearance[key]) !== JSON.stringify(was.appearance[key])) look[key] = full.appearance[key];
  }
  if (Object.keys(look).length) patch.appearance = look;
  return Object.keys(patch).length ? patch : null;
}

/** Each refused origin with the line it is on: "Line 2: "shop.example/x": an origin has no path…". */
export function originIssues(issues: readonly FieldIssue[], origins: string): { line: number; message: string }[] {
  const lines = originLines(origins);
  return issues
    .filter((i) => i.path === 'allowedOrigins' || i.path.startsWith('allowedOrigins.'))
    .map((i) => {
      const index = Number(i.path.split('.')[1]);
      return { line: Number.isInteger(index) ? (lines[index]?.line ?? index + 1) : 0, message: i.message };
    });
}
