// The floor for delivery latency: a bare relay with the `ws` library. No storage, no routing
// beyond pairing two sockets: whatever one side of a pair sends is written to the other side
// as it came. Parley's figures are compared with this one, driven by the same generator.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const pairs = new Map<string, { v?: WebSocket; a?: WebSocket }>();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

wss.on('connection', (socket, req) => {
  const params = new URL(req.url ?? '/', 'http://relay').searchParams;
  const pair = params.get('pair') ?? '';
  const role = params.get('role') === 'a' ? 'a' : 'v';
  const ends = pairs.get(pair) ?? {};
  ends[role] = socket;
  pairs.set(pair, ends);
  socket.on('message', (data, isBinary) => {
    const peer = role === 'v' ? ends.a : ends.v;
    peer?.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    if (ends[role] === socket) delete ends[role];
  });
});

wss.on('listening', () => {
  const { port } = wss.address() as AddressInfo;
  process.send?.({ type: 'ready', url: `ws://127.0.0.1:${port}` });
});

const stop = () => wss.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
