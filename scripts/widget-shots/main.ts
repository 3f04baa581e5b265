import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../test/support/chromium.js';
import { repoRoot, ServerProcess } from '../../test/support/server-process.js';
import { DemoTeam, showWidgetState, widgetLanguages, widgetStates } from '../../test/support/widget-states.js';

/** Every widget state × width × language as PNGs under shots/widget/<language>/<state>-<width>.png. */
const filter = process.argv[2] ?? '';
const widths = [390, 768, 1366];
const outDir = path.join(repoRoot, 'shots', 'widget');

const server = await ServerProcess.start();
const browser = await launchChromium();
const team = await DemoTeam.start(server.url);
let taken = 0;
try {
  for (const [language, browserLocale] of Object.entries(widgetLanguages) as [keyof typeof widgetLanguages, string][]) {
    mkdirSync(path.join(outDir, language), { recursive: true });
    for (const state of widgetStates) {
      for (const width of widths) {
        const name = `${language}/${state}-${width}`;
        if (!name.includes(filter)) continue;
        await team.clear();
        const context = await browser.newContext({ locale: browserLocale, viewport: { width, height: width < 480 ? 844 : 900 } });
        try {
          const page = await context.newPage();
          await showWidgetState(page, server.url, team, state, language);
          await page.screenshot({ path: path.join(outDir, `${name}.png`) });
          taken++;
        } catch (err) {
          console.error(`${name}: ${(err as Error).message}`);
          process.exitCode = 1;
        } finally {
          await context.close();
        }
      }
    }
  }
  console.log(`${taken} screenshots in ${path.relative(repoRoot, outDir)}/`);
} finally {
  team.close();
  await browser.close();
  await server.dispose();
}
