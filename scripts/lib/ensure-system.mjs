// System packages the tests need: Debian's Chromium for browser tests, redis-server for the
// multi-process routing test, a CJK font for screenshots. Installed with apt-get
// when missing and we run as root; otherwise the tests that need it fail and say why.
import { existsSync } from 'node:fs';
import { runStatus } from './run.mjs';

let aptUpdated = false;

async function aptInstall(pkg) {
  if (process.getuid?.() !== 0) {
    console.warn(`${pkg} is missing and this is not root: install it with apt-get install -y ${pkg}`);
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    await runStatus('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  return (await runStatus('apt-get', ['install', '-y', '-qq', pkg], { env })) === 0;
}

/** Path of a Chromium binary: CHROME_PATH, or Debian's /usr/bin/chromium (installed if missing). */
export async function ensureChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const binary = '/usr/bin/chromium';
  if (!existsSync(binary)) {
    console.log('Installing Debian chromium for the browser tests…');
    await aptInstall('chromium');
  }
  return binary;
}

/** Path of redis-server: REDIS_SERVER_PATH, or Debian's /usr/bin/redis-server (installed if missing). */
export async function ensureRedisServer() {
  if (process.env.REDIS_SERVER_PATH) return process.env.REDIS_SERVER_PATH;
  const binary = '/usr/bin/redis-server';
  if (!existsSync(binary)) {
    console.log('Installing Debian redis-server for the multi-process tests…');
    await aptInstall('redis-server');
  }
  return binary;
}

/**
 * A CJK font, so that Chromium draws Chinese in screenshots and browser tests instead of boxes:
 * Debian's fonts-noto-cjk (installed if missing).
 */
export async function ensureCjkFont() {
  const font = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  if (!existsSync(font)) {
    console.log('Installing Debian fonts-noto-cjk so Chromium can draw Chinese…');
    await aptInstall('fonts-noto-cjk');
  }
  return existsSync(font);
}
