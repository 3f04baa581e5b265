/**
 * The app bundle's entry (dist/app/parley-app.js): the loader imports it and calls `mount`.
 */
import type { AppHandle, MountOptions } from '../bridge.js';
import { visitorSocketFactory } from './chat/visitor-socket.js';
import { mountApp } from './mount-app.js';

/** Renders the chat into the loader's shadow root and connects to the server that served it. */
export function mount(options: MountOptions): AppHandle {
  return mountApp(options, visitorSocketFactory(options.serverOrigin));
}
