import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Long-polling as an on-demand chunk. engine.io-client's table of transports (WebSocket,
 * WebTransport, long-polling) and the re-exports of engine.io-client and socket.io-client hold
 * every transport in every opened widget. The widget connects with WebSocket, never with
 * WebTransport, and needs long-polling only where WebSocket is blocked; so this builds the table
 * and the re-exports with WebSocket alone, and points `src/app/chat/polling-fallback.ts` (whose
 * source imports `XHR` from socket.io-client, for its types and for the tests) straight at
 * engine.io-client's long-polling file, which then lives only in that chunk.
 */
export function pollingOnDemand(): Plugin {
  const edits: [RegExp, (code: string) => string | null][] = [
    [
      /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]index\.js$/,
      (code) => (code.includes('polling: XHR') ? 'import { WS } from "./websocket.node.js";\nexport const transports = { websocket: WS };\n' : null),
    ],
    [
      /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]index\.js$/,
      (code) => {
        const lines = /^export \{ (?:Fetch|XHR as NodeXHR|XHR|WT as WebTransport) \} from "\.\/transports\/[\w.-]+";\n/gm;
        return (code.match(lines) ?? []).length === 4 ? code.replace(lines, '') : null;
      },
    ],
    [
      /[\\/]socket\.io-client[\\/]build[\\/]esm[\\/]index\.js$/,
      (code) => {
        const line = 'export { Fetch, NodeXHR, XHR, NodeWebSocket, WebSocket, WebTransport, } from "engine.io-client";';
        return code.includes(line) ? code.replace(line, 'export { WebSocket } from "engine.io-client";') : null;
      },
    ],
  ];
  return {
    name: 'parley-polling-on-demand',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id !== 'socket.io-client' || !importer || !/[\\/]src[\\/]app[\\/]chat[\\/]polling-fallback\.ts$/.test(importer)) return null;
      const client = await this.resolve('socket.io-client', importer, { skipSelf: true });
      const engine = client && (await this.resolve('engine.io-client', client.id, { skipSelf: true }));
      if (!engine) this.error('cannot find engine.io-client next to socket.io-client');
      return path.join(path.dirname(engine.id), 'transports', 'polling-xhr.js');
    },
    transform(code, id) {
      const edit = edits.find(([file]) => file.test(id));
      if (!edit) return null;
      const out = edit[1](code);
      if (out === null) this.error(`${id} changed: review the parley-polling-on-demand plugin`);
      return { code: out, map: null };
    },
  };
}
