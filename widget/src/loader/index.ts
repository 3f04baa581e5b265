/**
 * widget.js, the loader: what the embed's `<script async>` runs. Plain TypeScript, a couple of
 * KB, built as an IIFE; the Preact app is imported only when needed.
 */
import type { AppModule, TrackerModule } from '../bridge.js';
import { bootLoader } from './boot.js';

bootLoader({
  appVersion: __PARLEY_APP_VERSION__,
  importApp: (url) => import(/* @vite-ignore */ url) as Promise<AppModule & TrackerModule>,
});
