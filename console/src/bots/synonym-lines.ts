/**
 * The synonym editor's text, one group per line with words separated by commas (ASCII or
 * Chinese, or the Chinese enumeration comma), to `{ groups }` and back. Blank lines and lone
 * words are dropped: the server only keeps groups of two or more.
 */
export function parseSynonymLines(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => [...new Set(line.split(/[,，、;；]/).map((w) => w.trim()).filter(Boolean))])
    .filter((group) => group.length >= 2);
}

/** Groups as the editor shows them. */
export function formatSynonymLines(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join(', ')).join('\n');
}

/** `groups.3.1` → the editor's line (1-based) of the group a refusal names, or null. */
export function lineOfIssue(path: string): number | null {
  const match = /^groups\.(\d+)/.exec(path);
  return match ? Number(match[1]) + 1 : null;
}
