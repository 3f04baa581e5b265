import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the widget may weigh, gzipped (1 KB = 1024 bytes). The size test fails past these. */
export const sizeBudget = {
  /** The loader every page view downloads, whether or not anyone chats. */
  loaderGzip: 3 * 1024,
  /** The tracker every page view imports when idle (page views, proactive rules, the bubble). */
  trackerGzip: 2.5 * 1024,
  /**
   * Loader, app, chunks and CSS together: the most a visitor who uses every part downloads.
   * Issue 13 raised it from 40 KB: the live conversation's on-demand parts (files, emoji, rating,
   * rich text, their strings in four languages) add about 10 KB that only their users fetch;
   * what a first open downloads keeps its own 30 KB budget (scripts/bench/weight).
   */
  totalGzip: 56 * 1024,
} as const;

export interface FileSize {
  /** Path inside dist, with forward slashes. */
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  loader: FileSize;
  /** Every file of the app: entry, chunks, CSS. */
  app: { files: FileSize[]; raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

/**
 * Measures a built widget (`widget/dist`): each JS and CSS file raw and gzipped at level 9,
 * as a server with static compression would send it. Source maps do not count.
 * @example const sizes = measureBundle(new URL('../../dist', import.meta.url).pathname);
 */
export function measureBundle(distDir: string): BundleSizes {
  const loaderPath = path.join(distDir, 'widget.js');
  if (!existsSync(loaderPath)) {
    throw new Error(`${loaderPath} is missing: run npm run build first`);
  }
  const files = listFiles(distDir)
    .filter((file) => /\.(m?js|css)$/.test(file))
    .map((file): FileSize => {
      const bytes = readFileSync(path.join(distDir, file));
      return { file: file.split(path.sep).join('/'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const loader = files.find((f) => f.file === 'widget.js')!;
  const appFiles = files.filter((f) => f !== loader);
  const app = { files: appFiles, raw: sum(appFiles, 'raw'), gzip: sum(appFiles, 'gzip') };
  return { loader, app, total: { raw: loader.raw + app.raw, gzip: loader.gzip + app.gzip } };
}

/** A small table for logs and the benchmark report. */
export function formatSizeTable(sizes: BundleSizes): string {
  const rows: [string, number, number][] = [
    ['loader (widget.js)', sizes.loader.raw, sizes.loader.gzip],
    [`app (${sizes.app.files.length} file${sizes.app.files.length === 1 ? '' : 's'})`, sizes.app.raw, sizes.app.gzip],
    ['total', sizes.total.raw, sizes.total.gzip],
  ];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const lines = rows.map(([name, raw, gzip]) => `${name.padEnd(20)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}`);
  return [`${'bundle'.padEnd(20)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)}`, ...lines].join('\n');
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

function sum(files: FileSize[], key: 'raw' | 'gzip'): number {
  return files.reduce((total, file) => total + file[key], 0);
}
