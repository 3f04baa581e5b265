import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), headless, with the project's usual flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Is this URL one of the widget's own files (the loader or anything under /widget/)? */
export function isWidgetUrl(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname === '/widget.js' || pathname.startsWith('/widget/');
}
