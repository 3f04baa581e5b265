import { readableTextOn } from '@parley/shared';

/**
 * The swatches offered for a tag. The text on a chip is shared's `readableTextOn` (white or
 * near-black, whichever reaches 4.5:1), so any colour, including one set through the API, reads.
 */
export const tagPalette = [
  { name: 'grey', hex: '#6b7280' },
  { name: 'red', hex: '#dc2626' },
  { name: 'orange', hex: '#ea580c' },
  { name: 'amber', hex: '#f59e0b' },
  { name: 'green', hex: '#16a34a' },
  { name: 'teal', hex: '#0d9488' },
  { name: 'blue', hex: '#2563eb' },
  { name: 'indigo', hex: '#4f46e5' },
  { name: 'purple', hex: '#9333ea' },
  { name: 'pink', hex: '#db2777' },
] as const;

export type TagColourName = (typeof tagPalette)[number]['name'];

/** A colour for a tag created from a name alone (the header's menu): the same name always gets the same one. */
export function colourForName(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return tagPalette[hash % tagPalette.length]!.hex;
}

/** The chip's inline style: the tag's colour behind text that reaches AA on it. */
export function chipStyle(colour: string): { background: string; color: string } {
  return { background: colour, color: readableTextOn(colour) };
}
