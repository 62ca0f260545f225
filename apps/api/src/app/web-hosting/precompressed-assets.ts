import { extname } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Where the web app's build puts its content-hashed files (a new build gives new names). */
export const ASSETS_PATH = '/assets';

/** A file under ASSETS_PATH never changes under its name: browsers may keep it for a year. */
export const ASSET_CACHING = { maxAge: '365d', immutable: true } as const;

/** Best first; the build writes both next to each script and stylesheet (compress-assets). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Sends `file.br` or `file.gz` for a request of an asset when the browser accepts that encoding
 * and the build wrote it, with the original's content type; anything else goes on to the plain
 * static files. Compressed once at build time rather than on every request: the server's CPU is
 * the dashboard's, and brotli at its best level is far too slow to run per request.
 */
export function precompressedAssets(webRoot: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith(`${ASSETS_PATH}/`)) {
      next();
      return;
    }
    res.vary('Accept-Encoding');
    const encoding = ENCODINGS.find(({ name }) => req.acceptsEncodings(name) === name);
    if (!encoding) {
      next();
      return;
    }
    // The original's type (the plain file sent instead would have it too).
    res.type(extname(req.path));
    res.sendFile(
      `${req.path}${encoding.suffix}`,
      { root: webRoot, ...ASSET_CACHING, headers: { 'Content-Encoding': encoding.name } },
      (err?: Error & { status?: number }) => {
        if (!err) return;
        // Not written for this file (small, an image): the plain file is sent instead.
        if (err.status === 404 && !res.headersSent) next();
        else if (!res.headersSent) next(err);
      },
    );
  };
}
