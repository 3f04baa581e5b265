import { parseArgs } from 'node:util';
import { describeIssues, fieldIssues, setupSchema } from '@parley/shared';
import { AppError } from './app-error.js';
import { TokenService } from './auth/tokens.js';
import { loadConfig } from './config.js';
import { FirstRun } from './domain/accounts/first-run.js';
import { SessionIssuer } from './domain/accounts/session-issuer.js';
import { openStore } from './store/open-store.js';

export const setupUsage = `Usage: npm run setup -- --name NAME --email EMAIL --workspace NAME --site-name NAME --origin https://shop.example
  The password comes from SETUP_PASSWORD (kept out of the shell's history) or --password.
  Each option may also be given as SETUP_NAME, SETUP_EMAIL, SETUP_WORKSPACE, SETUP_SITE_NAME, SETUP_ORIGIN.
  Uses the same store as the server (DATA_DIR or MONGODB_URI).`;

export interface SetupCommandResult {
  /** 0: set up; 1: invalid input or configuration; 2: already set up. */
  code: 0 | 1 | 2;
  output: string;
}

/**
 * `npm run setup`: what `POST /api/v1/setup` does, for headless installs (a container's first
 * start). Refuses, changing nothing, once any account exists.
 */
export async function runSetupCommand(argv: string[], env: Record<string, string | undefined>): Promise<SetupCommandResult> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        workspace: { type: 'string' },
        'site-name': { type: 'string' },
        origin: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    return { code: 1, output: `${(err as Error).message}\n${setupUsage}` };
  }
  if (values.help) return { code: 0, output: setupUsage };
  const pick = (option: string, variable: string) => (values[option] as string | undefined) ?? env[variable];
  const parsed = setupSchema.safeParse({
    name: pick('name', 'SETUP_NAME'),
    email: pick('email', 'SETUP_EMAIL'),
    password: pick('password', 'SETUP_PASSWORD'),
    workspaceName: pick('workspace', 'SETUP_WORKSPACE'),
    site: { name: pick('site-name', 'SETUP_SITE_NAME'), origin: pick('origin', 'SETUP_ORIGIN') },
  });
  if (!parsed.success) {
    const lines = fieldIssues(parsed.error).map((issue) => `  - ${issue.path}: ${issue.message}`);
    return { code: 1, output: `Set-up refused: ${describeIssues(parsed.error)}\n${lines.join('\n')}\n${setupUsage}` };
  }
  const config = loadConfig(env);
  const store = await openStore(config);
  try {
    const firstRun = new FirstRun(store, new SessionIssuer(new TokenService(config.jwtSecret, config.agentTokenTtlSeconds)), false, Date.now);
    const { agent, workspace, site } = await firstRun.setup(parsed.data);
    const host = config.publicUrl ?? `http://localhost:${config.port}`;
    return {
      code: 0,
      output: [
        `Parley is set up: workspace "${workspace.name}", admin ${agent.email}.`,
        `Site "${site.name}" (key ${site.key}) allows ${site.allowedOrigins.join(', ')}.`,
        'Embed on your pages:',
        `  <script src="${host}/widget.js" data-site="${site.key}" async></script>`,
        `Sign in at ${host}/console/`,
      ].join('\n'),
    };
  } catch (err) {
    if (err instanceof AppError && err.code === 'conflict') return { code: 2, output: `${err.message} (nothing was changed)` };
    throw err;
  } finally {
    await store.close();
  }
}
