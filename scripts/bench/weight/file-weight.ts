import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes as stored and as gzip at level 9 would send them. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** 1 KB = 1,024 bytes throughout. */
export const weightBudget = {
  loaderGzipBytes: 2 * 1024,
  openedGzipBytes: 30 * 1024,
} as const;

export function weighBytes(bytes: Uint8Array): Weight {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export interface BuiltWidgetWeight {
  loader: Weight;
  /** Every file the widget can download: the loader, the app and whatever the app loads. */
  all: Weight;
  /**
   * Every file but the on-demand chunks (`chunks/lazy-*`, fetched only when the visitor asks for
   * them, e.g. self-service search): the upper bound of what opening the widget downloads.
   */
  onOpen: Weight;
  /**
   * `onOpen` plus routing's on-demand parts (`chunks/lazy-routing-parts-*`), which an open widget
   * fetches when nobody can answer (the leave-a-message form): the most a first open downloads.
   */
  onOpenNobodyOnline: Weight;
  files: { file: string; raw: number; gzip: number }[];
}

/**
 * Weighs the built widget in `distDir` (widget/dist): the loader `widget.js`, and every built
 * file (source maps left out: browsers fetch them only with DevTools open). Each file is
 * gzipped on its own, as a server compresses each response.
 */
export function weighBuiltWidget(distDir: string): BuiltWidgetWeight {
  const loaderFile = path.join(distDir, 'widget.js');
  if (!existsSync(loaderFile)) throw new Error(`${loaderFile} is missing: build the widget first (npm run build)`);
  const files = filesUnder(distDir)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => ({ file: path.relative(distDir, f), ...weighBytes(readFileSync(f)) }));
  const sum = (list: typeof files, pick: (w: Weight) => number) => list.reduce((a, f) => a + pick(f), 0);
  const opened = files.filter((f) => !/(^|[\\/])lazy-[^\\/]*$/.test(f.file));
  const nobodyOnline = [...opened, ...files.filter((f) => /(^|[\\/])lazy-routing-parts-[^\\/]*$/.test(f.file))];
  return {
    loader: weighBytes(readFileSync(loaderFile)),
    all: { raw: sum(files, (f) => f.raw), gzip: sum(files, (f) => f.gzip) },
    onOpen: { raw: sum(opened, (f) => f.raw), gzip: sum(opened, (f) => f.gzip) },
    onOpenNobodyOnline: { raw: sum(nobodyOnline, (f) => f.raw), gzip: sum(nobodyOnline, (f) => f.gzip) },
    files,
  };
}
