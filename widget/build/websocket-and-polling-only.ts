import type { Plugin } from 'vite';

/**
 * engine.io-client bundles three transports; the widget connects with `['websocket', 'polling']`
 * (visitor-socket.ts) and never with WebTransport, yet its table of transports keeps that code
 * in every opened widget. This builds the table without it (the other two are unchanged).
 */
export function websocketAndPollingOnly(): Plugin {
  const table = /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]index\.js$/;
  return {
    name: 'parley-websocket-and-polling-only',
    enforce: 'pre',
    transform(code, id) {
      if (!table.test(id)) return null;
      if (!code.includes('webtransport: WT')) this.error('engine.io-client changed its transports table: review this plugin');
      return {
        code: code.replace(/^import \{ WT \} from "\.\/webtransport\.js";\n/m, '').replace(/^\s*webtransport: WT,\n/m, ''),
        map: null,
      };
    },
  };
}
