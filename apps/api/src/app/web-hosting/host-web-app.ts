import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ASSET_CACHING, ASSETS_PATH, precompressedAssets } from './precompressed-assets';

/**
 * The built web app as static files: its content-hashed assets compressed at build time and kept
 * by browsers, the rest (index.html, favicon) plain, and index.html for every other GET that
 * accepts HTML and is neither an asset nor under `/${apiPrefix}` (the app's routes, e.g. /compare).
 */
export function hostWebApp(app: NestExpressApplication, webRoot: string, apiPrefix: string): void {
  app.use(precompressedAssets(webRoot));
  app.useStaticAssets(join(webRoot, ASSETS_PATH), { prefix: ASSETS_PATH, ...ASSET_CACHING });
  app.useStaticAssets(webRoot, { index: 'index.html' });
  const indexHtml = join(webRoot, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === `/${apiPrefix}` || req.path.startsWith(`/${apiPrefix}/`);
    // A missing asset (a chunk of an older build) is a 404, not the page: a script or
    // stylesheet answered with HTML fails with a confusing MIME type error instead.
    const isAsset = req.path.startsWith(`${ASSETS_PATH}/`);
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (isRead && !isApi && !isAsset && req.accepts('html')) {
      res.sendFile(indexHtml);
      return;
    }
    next();
  });
}
