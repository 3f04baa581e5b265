import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface AssetDirs {
  widgetDist: string;
  consoleDist: string;
}

export const defaultAssetDirs: AssetDirs = {
  widgetDist: path.join(repoRoot, 'widget', 'dist'),
  consoleDist: path.join(repoRoot, 'console', 'dist'),
};

/**
 * The built widget and console. `/widget.js` (the loader) is cached briefly so a new release
 * reaches pages soon; the app's files under `/widget/` have hashed names and are immutable.
 * They are loaded as modules from other sites' pages, which the browser fetches with CORS.
 */
export function staticAssets(dirs: AssetDirs): Router {
  const router = Router();
  const loader = path.join(dirs.widgetDist, 'widget.js');
  router.get('/widget.js', (_req, res) => {
    if (!existsSync(loader)) {
      res.status(503).type('text/plain').send('widget not built: run `npm run build`');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.sendFile(loader);
  });
  router.use(
    '/widget',
    express.static(dirs.widgetDist, {
      index: false,
      setHeaders: (res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.use('/console', express.static(dirs.consoleDist, { index: 'index.html' }));
  // Client-side routes of the console fall back to its index.html.
  router.get(/^\/console(\/.*)?$/, (_req, res) => {
    const index = path.join(dirs.consoleDist, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('console not built: run `npm run build`');
      return;
    }
    res.sendFile(index);
  });
  return router;
}
