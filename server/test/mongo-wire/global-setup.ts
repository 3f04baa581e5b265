import type { TestProject } from 'vitest/node';
import { startWireServer } from './wire-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A MongoDB URI naming no database: MONGODB_URI (a real server) or the wire server's. */
    mongoUri: string;
    /** What answers at `mongoUri`, for the line each Mongo suite prints. */
    mongoKind: 'real' | 'wire';
  }
}

/**
 * The MongoDB the server's tests use: the real one at MONGODB_URI when it is set, else the
 * MongoDB-wire-compatible test server, started here on a free loopback port for this run.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const real = process.env.MONGODB_URI;
  if (real) {
    project.provide('mongoUri', real);
    project.provide('mongoKind', 'real');
    return undefined;
  }
  const wire = await startWireServer();
  project.provide('mongoUri', wire.uri);
  project.provide('mongoKind', 'wire');
  return () => wire.stop();
}
