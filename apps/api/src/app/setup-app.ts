import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { securityHeaders } from './security/security-headers';

export const API_PREFIX = 'api';
export const DOCS_PATH = `${API_PREFIX}/docs`;
/**
 * Largest JSON body: room for a stored selection of 100,000 ids (POST /api/selections); every
 * other JSON body is far smaller. Uploads are multipart and limited on their own.
 */
export const MAX_JSON_BODY = '2mb';

/**
 * Folder of the built web app (apps/web → dist/apps/web): WEB_DIST if set, else the folder next to
 * the built api (dist/apps/api/../web), else dist/apps/web under the working directory.
 * Returns undefined when no built web app exists, so the API runs on its own.
 */
export function resolveWebRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env['WEB_DIST']
    ? [resolve(env['WEB_DIST'])]
    : [resolve(__dirname, '..', 'web'), resolve(process.cwd(), 'dist', 'apps', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/** OpenAPI document at /api/docs (UI) and /api/docs-json. */
function setupDocs(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('OGI Dashboard API')
    .setDescription(
      'Annual reports on government information disclosure: upload, storage, versions and reading.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
  });
}

/**
 * Security headers on everything, global prefix /api, OpenAPI docs at /api/docs, plus (when webRoot is given) the web app as
 * static files with an SPA fallback to index.html for non-/api GET requests that accept HTML.
 */
export function setupApp(app: NestExpressApplication, webRoot: string | undefined): void {
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
  // First, so that every response (API, docs, static files, errors) carries them.
  app.disable('x-powered-by');
  app.use(securityHeaders(DOCS_PATH));
  setupDocs(app);
  if (!webRoot) return;

  app.useStaticAssets(webRoot, { index: 'index.html' });
  const indexHtml = join(webRoot, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`);
    if ((req.method === 'GET' || req.method === 'HEAD') && !isApi && req.accepts('html')) {
      res.sendFile(indexHtml);
      return;
    }
    next();
  });
}
