import type { DeviceType } from '@parley/shared';

/**
 * Device type and browser name from a User-Agent header: coarse on purpose (the console shows
 * it, rules match on device type), so a few patterns beat a parsing library's weight.
 */
export function describeUserAgent(ua: string | undefined): { device: DeviceType; browser: string } {
  const s = ua ?? '';
  const device: DeviceType = /iPad|Tablet|Android(?!.*Mobile)/i.test(s) ? 'tablet' : /Mobi|iPhone|iPod/i.test(s) ? 'mobile' : 'desktop';
  return { device, browser: browserOf(s) };
}

const browsers: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/MicroMessenger\//, 'WeChat'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

function browserOf(ua: string): string {
  for (const [pattern, name] of browsers) if (pattern.test(ua)) return name;
  return 'Other';
}
