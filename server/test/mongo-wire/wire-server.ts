import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface WireServer {
  /** `mongodb://127.0.0.1:PORT/?serverMonitoringMode=poll`: no database named, each user picks its own. */
  uri: string;
  stop(): Promise<void>;
}

const main = fileURLToPath(new URL('./wire-server-main.mjs', import.meta.url));

/**
 * Starts the MongoDB-wire-compatible test server in a child process of its own (its event loop
 * is then not the tests'), and resolves once it listens. Clients poll for the server's state
 * (`serverMonitoringMode=poll`): it answers `hello` but not the streaming protocol of MongoDB 4.4+.
 */
export function startWireServer(): Promise<WireServer> {
  const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the MongoDB wire server did not start within 20 s')), 20_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(err);
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the MongoDB wire server exited with ${code} before listening`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^mongo-wire listening (mongodb:\/\/\S+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        uri: `${match[1]}/?serverMonitoringMode=poll`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.stdin?.end();
          }),
      });
    });
  });
}
