// Holds many idle visitor sockets open, spread over loopback source addresses.
import { mapLimit, sessionOf, visitorSocket, type VisitorSocket } from '../clients/parley-clients.js';
import { serveWorker } from '../procs/worker-rpc.js';

const sockets: VisitorSocket[] = [];

const methods = {
  async connect(p: { url: string; count: number; localAddresses: string[]; concurrency: number }) {
    let failed = 0;
    let firstError = '';
    await mapLimit(Array.from({ length: p.count }), p.concurrency, async (_, i) => {
      const socket = visitorSocket(p.url, { localAddress: p.localAddresses[i % p.localAddresses.length]! });
      try {
        await sessionOf(socket, 60_000);
        sockets.push(socket);
      } catch (err) {
        failed++;
        firstError ||= err instanceof Error ? err.message : String(err);
        socket.disconnect();
      }
    });
    return { connected: sockets.length, failed, firstError };
  },
  async close(_: null) {
    for (const s of sockets.splice(0)) s.disconnect();
    return null;
  },
};

export type IdleMethods = typeof methods;
serveWorker(methods);
