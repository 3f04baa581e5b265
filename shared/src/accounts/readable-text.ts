/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for a brand colour (the widget's launcher and header): white or near-black,
 * whichever contrasts more. For most brand colours that reaches AA (4.5:1); for tones of mid
 * luminance no text colour does, and this is the best there is.
 * @example readableTextOn('#2563eb') // '#ffffff'
 */
export function readableTextOn(brandColor: string): '#ffffff' | '#111111' {
  return contrastRatio(brandColor, '#ffffff') >= contrastRatio(brandColor, '#111111') ? '#ffffff' : '#111111';
}
