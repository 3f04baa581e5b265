// Runs CongoDB, the MongoDB-wire-compatible server inside @push.rocks/smartmongo (TypeScript over
// mingo, in memory, no binary), on a free loopback port, and prints one line
// `mongo-wire listening mongodb://127.0.0.1:PORT` once it accepts connections. It stops when its
// parent closes its stdin (so it never outlives the test run) or sends SIGTERM.
// The package's entry also loads mongodb-memory-server (dropped by the workspace's overrides),
// so the server's own module is imported; the repository's patch (patches/) gives it string
// _ids, unique and partial unique indexes, and update pipelines.
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js';

const server = new CongoServer({ host: '127.0.0.1', port: 0 });
await server.start();
process.stdout.write(`mongo-wire listening mongodb://127.0.0.1:${server.server.address().port}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
