// `npm run build`: install what is missing, then build the widget and the console.
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';

await ensureInstall();
await buildApps({ force: true });
