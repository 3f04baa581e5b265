import { ConfigError, loadConfig } from './config.js';
import { DEMO } from './domain/accounts/demo-seed.js';
import { createParleyServer } from './parley-server.js';

/** `npm start`'s entry: validate config, start, print the banner, stop gracefully on signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const server = await createParleyServer(config);
  const url = await server.listen();
  const lines = [
    '',
    `  Parley is running at ${url}`,
    `  store: ${server.store.kind === 'sqlite' ? `SQLite in ${config.dataDir}` : 'MongoDB'}`,
    `  console: ${url}/console/`,
  ];
  if (config.seedDemo) {
    lines.push(`  demo page: ${url}/  (site key "${DEMO.siteKey}")`);
    lines.push(`  demo agent: ${DEMO.email} / ${DEMO.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = (signal: string) => {
    server.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main();
