import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from './auth/session-cookie';
import { SessionsService } from './auth/sessions.service';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.module';
import { buildOpenApiDocument } from './contract/openapi-document';
import { sameOriginWrites } from './security/same-origin';
import { isDocsPath, securityHeaders } from './security/security-headers';
import { hostWebApp } from './web-hosting/host-web-app';

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

/**
 * The docs are served by swagger-ui's own routes, outside the AuthGuard: this gate in front of
 * them lets only a logged-in session (any role) read them, like every other route of the api.
 */
function docsNeedLogin(app: NestExpressApplication) {
  const sessions = app.get(SessionsService);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!isDocsPath(DOCS_PATH, req.path)) return next();
    const token = readSessionToken(req);
    (token ? sessions.find(token) : Promise.resolve(null)).then((session) => {
      if (session) return next();
      res.status(401).json({ statusCode: 401, message: '请先登录', error: 'Unauthorized' });
    }, next);
  };
}

/** OpenAPI document at /api/docs (UI) and /api/docs-json, for logged-in users. */
function setupDocs(app: NestExpressApplication): void {
  app.use(docsNeedLogin(app));
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
  });
}

/**
 * Security headers on everything, writes from other sites refused, global prefix /api, OpenAPI
 * docs at /api/docs (logged in), the trusted proxies (TRUST_PROXY), plus (when webRoot is given)
 * the web app (hostWebApp).
 */
export function setupApp(app: NestExpressApplication, webRoot: string | undefined): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  // req.ip (login lockout per address) is the client's address only through trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  app.useBodyParser('json', { limit: MAX_JSON_BODY });
  // First, so that every response (API, docs, static files, errors) carries them.
  app.disable('x-powered-by');
  app.use(securityHeaders(DOCS_PATH));
  // Before any body is read: a refused request costs nothing.
  app.use(sameOriginWrites(config.allowedOrigins));
  setupDocs(app);
  if (!webRoot) return;

  hostWebApp(app, webRoot, API_PREFIX);
}
