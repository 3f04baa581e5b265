import { ConfigError } from './config.js';
import { runSetupCommand } from './setup-command.js';

/** `npm run setup`'s entry (see setup-command.ts). */
runSetupCommand(process.argv.slice(2), process.env).then(
  ({ code, output }) => {
    (code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : String((err as Error).stack ?? err)}\n`);
    process.exit(1);
  },
);
