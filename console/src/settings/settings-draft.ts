import type { Locale, SiteSettings, SiteSettingsPatch } from '@parley/shared';

/** Settings typed as numbers, edited as text so a half-typed or cleared field stays as typed. */
export const numberFields = [
  'defaultCapacity',
  'typicalReplyMinutes',
  'averageChatMinutes',
  'firstResponseTargetSeconds',
  'resolutionTargetSeconds',
  'slaWarnBeforeSeconds',
  'idleCloseMinutes',
  'reopenWindowMinutes',
  'missedAfterSeconds',
  'alertRepeatSeconds',
  'alertEscalateAfterSeconds',
] as const;
export type NumberField = (typeof numberFields)[number];

/** What the settings form edits: the settings, numbers as typed, an acknowledgement text per language ('' for the built-in one). */
export type SettingsDraft = Omit<SiteSettings, NumberField | 'autoAck'> &
  Record<NumberField, string> & { autoAck: { enabled: boolean; text: Record<Locale, string> } };

/** The form's starting point for stored settings. */
export function draftOf(settings: SiteSettings): SettingsDraft {
  const numbers = Object.fromEntries(numberFields.map((f) => [f, String(settings[f])])) as Record<NumberField, string>;
  const text = settings.autoAck.text;
  return {
    ...settings,
    ...numbers,
    autoAck: { enabled: settings.autoAck.enabled, text: { en: text.en ?? '', 'zh-CN': text['zh-CN'] ?? '', 'zh-TW': text['zh-TW'] ?? '' } },
  };
}

/**
 * The draft as settings, with only the top-level settings that differ from `saved` (the server
 * merges a patch over what it holds, so a field nobody touched is never sent). A number that
 * does not parse is sent as `null`, for the server to refuse beside its field.
 */
export function patchOf(draft: SettingsDraft, saved: SiteSettings): SiteSettingsPatch {
  const text = Object.fromEntries(Object.entries(draft.autoAck.text).filter(([, value]) => value.trim() !== ''));
  const asSettings: Record<string, unknown> = { ...draft, autoAck: { enabled: draft.autoAck.enabled, text } };
  for (const f of numberFields) asSettings[f] = parseNumber(draft[f]);
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asSettings)) {
    if (canonical(value) !== canonical((saved as Record<string, unknown>)[key])) patch[key] = value;
  }
  return patch as SiteSettingsPatch;
}

function parseNumber(typed: string): number | null {
  const n = Number(typed.trim());
  return typed.trim() === '' || !Number.isFinite(n) ? null : n;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
