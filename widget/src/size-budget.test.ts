// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSizeTable, measureBundle, sizeBudget } from './size/measure-bundle.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * Size is a feature: every page that embeds the widget downloads the loader. This reads the
 * real build output, so it needs `npm run build` first (the test script builds before testing).
 */
describe('widget size budget', () => {
  const sizes = measureBundle(dist);
  console.info(`\n${formatSizeTable(sizes)}\n`);

  it(`keeps the loader within ${sizeBudget.loaderGzip / 1024} KB gzipped`, () => {
    expect(sizes.loader.gzip).toBeLessThanOrEqual(sizeBudget.loaderGzip);
  });

  it(`keeps the tracker within ${sizeBudget.trackerGzip / 1024} KB gzipped`, () => {
    const tracker = sizes.app.files.find((f) => f.file === 'app/parley-tracker.js');
    expect(tracker, 'dist/app/parley-tracker.js').toBeDefined();
    expect(tracker!.gzip).toBeLessThanOrEqual(sizeBudget.trackerGzip);
  });

  it(`keeps the whole widget (loader, app, chunks, CSS) within ${sizeBudget.totalGzip / 1024} KB gzipped`, () => {
    expect(sizes.app.files.map((f) => f.file)).toContain('app/parley-app.js');
    expect(sizes.total.gzip).toBeLessThanOrEqual(sizeBudget.totalGzip);
  });
});
