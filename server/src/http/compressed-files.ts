import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

interface Entry {
  mtimeMs: number;
  etag: string;
  bodies: { br: Buffer; gzip: Buffer; identity: Buffer };
}

export interface CompressedFilesOptions {
  /** Cache-Control header for every file served. */
  cacheControl: string;
  /** Send Access-Control-Allow-Origin: * (files loaded as modules from other sites' pages). */
  cors: boolean;
}

/**
 * Serves the files under `root` compressed with brotli or gzip, as the browser accepts. The
 * widget lives on other people's pages, so every byte on the wire counts; the files are built
 * once and small, so each is compressed once (at the highest levels) and kept in memory until
 * its modification time changes. Falls through to `next()` for anything that is not a file.
 */
export function compressedFiles(root: string, options: CompressedFilesOptions) {
  const cache = new Map<string, Entry>();
  const base = path.resolve(root);

  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = path.resolve(base, `.${decodeURIComponent(req.path)}`);
    if (!file.startsWith(base + path.sep)) return next();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return next();

    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs) {
      const identity = await readFile(file);
      entry = {
        mtimeMs: info.mtimeMs,
        etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
        bodies: {
          identity,
          gzip: gzipSync(identity, { level: 9 }),
          br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        },
      };
      cache.set(file, entry);
    }

    const encoding = (req.acceptsEncodings('br', 'gzip', 'identity') || 'identity') as keyof Entry['bodies'];
    res.type(path.extname(file));
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', options.cacheControl);
    if (options.cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const etag = entry.etag.replace(/"$/, `-${encoding}"`);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    const body = entry.bodies[encoding];
    res.setHeader('Content-Length', body.length);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };
}
