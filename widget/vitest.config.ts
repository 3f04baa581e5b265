import { defineConfig } from 'vitest/config';
import { dismissLabels, launcherLabels } from './build/build-constants.js';

const labels = await launcherLabels();
const dismiss = await dismissLabels();

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The loader's build-time constants; the app version is a stand-in (tests hand in the app).
  define: {
    __PARLEY_APP_VERSION__: JSON.stringify('test'),
    __PARLEY_LAUNCHER_LABELS__: JSON.stringify(labels),
    __PARLEY_DISMISS_LABELS__: JSON.stringify(dismiss),
  },
  test: {
    name: 'widget',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // The app's CSS is imported `?inline` and put in its shadow root: tests check it is there.
    css: true,
  },
});
