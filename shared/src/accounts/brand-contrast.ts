/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two `#rrggbb` colours (1 to 21).
 * @example contrastRatio('#ffffff', '#2563eb') // ≈ 5.17
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a site's brand colour: white when it keeps 4.5:1 (AA), else a near-black,
 * else black (every colour reaches 4.5:1 with white or with black). The widget's header and
 * launcher and the console's preview use this one rule.
 * @example readableTextOn('#facc15') // '#111827'
 */
export function readableTextOn(brandColor: string): '#ffffff' | '#111827' | '#000000' {
  if (contrastRatio('#ffffff', brandColor) >= 4.5) return '#ffffff';
  return contrastRatio('#111827', brandColor) >= 4.5 ? '#111827' : '#000000';
}
