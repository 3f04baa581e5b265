import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@parley/shared';

const tokens = readFileSync(path.resolve(__dirname, '../styles/tokens.css'), 'utf8');

/** The `--color-*` values of one block of tokens.css (light: the first `:root`, dark: the one in the media query). */
function colours(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

const darkStart = tokens.indexOf('@media (prefers-color-scheme: dark)');
const light = colours(tokens.slice(0, darkStart));
const dark = { ...light, ...colours(tokens.slice(darkStart)) };

describe.each([
  ['light', light],
  ['dark', dark],
])('%s colour tokens', (_scheme, c) => {
  it('keep text at 4.5:1 on the backgrounds it sits on', () => {
    for (const bg of ['app', 'surface', 'subtle']) {
      for (const fg of ['text', 'text-muted', 'accent-text', 'danger-text']) expect(contrastRatio(c[fg]!, c[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(c['on-accent']!, c.accent!), 'on-accent on accent').toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', c.danger!), 'white on danger').toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c['danger-text']!, c['danger-soft']!), 'danger-text on danger-soft').toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.success!, c['success-soft']!), 'success on success-soft').toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.warning!, c['warning-soft']!), 'warning on warning-soft').toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c['accent-text']!, c['accent-soft']!), 'accent-text on accent-soft').toBeGreaterThanOrEqual(4.5);
  });

  it('draw control edges at 3:1', () => {
    expect(contrastRatio(c['border-strong']!, c.surface!)).toBeGreaterThanOrEqual(3);
  });
});
