/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a brand colour: white when it keeps AA (4.5:1) on it, else black
 * (one of the two always does: their two ratios multiply to 21, so the larger is at least 4.58).
 * @example textOn('#2563eb') // '#ffffff'; textOn('#ffd400') // '#000000'
 */
export function textOn(brand: string): string {
  return contrast(brand, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
}

/** The brand colour as text or a link on `background` when it keeps 4.5:1 there, else `fallback`. */
export function inkOn(brand: string, background: string, fallback: string): string {
  return contrast(brand, background) >= 4.5 ? brand : fallback;
}
