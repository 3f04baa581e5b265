import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { compressedFiles } from './compressed-files.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface AssetDirs {
  widgetDist: string;
  consoleDist: string;
}

export const defaultAssetDirs: AssetDirs = {
  widgetDist: path.join(repoRoot, 'widget', 'dist'),
  consoleDist: path.join(repoRoot, 'console', 'dist'),
};

const notBuilt = (what: string) => (_req: unknown, res: import('express').Response) => {
  res.status(503).type('text/plain').send(`${what} not built: run \`npm run build\``);
};

/**
 * The built widget and console, compressed. `/widget.js` (the loader) is cached briefly so a
 * new release reaches pages soon; the app's files under `/widget/` are versioned by the
 * loader's `?v=` and immutable. They are loaded as modules from other sites' pages, which the
 * browser fetches with CORS.
 */
export function staticAssets(dirs: AssetDirs): Router {
  const router = Router();
  const loaderDir = compressedFiles(dirs.widgetDist, { cacheControl: 'public, max-age=300', cors: true });
  router.get('/widget.js', loaderDir, notBuilt('widget'));
  router.use('/widget', compressedFiles(dirs.widgetDist, { cacheControl: 'public, max-age=31536000, immutable', cors: true }));
  router.use('/console/assets', compressedFiles(path.join(dirs.consoleDist, 'assets'), { cacheControl: 'public, max-age=31536000, immutable', cors: false }));
  router.use('/console', compressedFiles(dirs.consoleDist, { cacheControl: 'no-cache', cors: false }));
  // Client-side routes of the console fall back to its index.html.
  router.get(/^\/console(\/.*)?$/, (req, res, next) => {
    const index = path.join(dirs.consoleDist, 'index.html');
    if (!existsSync(index)) return notBuilt('console')(req, res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => err && next(err));
  });
  return router;
}
