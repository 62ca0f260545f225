import 'reflect-metadata';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { ConfigError, loadConfig, type AppConfig } from './app/config/app-config';
import { DemoDataService } from './app/demo/demo-data.service';
import { API_PREFIX, DOCS_PATH, resolveWebRoot, setupApp } from './app/setup-app';

function configOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function bootstrap(): Promise<void> {
  const config = configOrExit();
  const logger = new ConsoleLogger({ json: config.logFormat === 'json', colors: false });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
  });
  const webRoot = resolveWebRoot(config.webDist ? { WEB_DIST: config.webDist } : {});
  setupApp(app, webRoot);
  await app.listen(config.port);
  const where = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  Logger.log(`API on http://localhost:${config.port}/${API_PREFIX} (${where})`, 'Bootstrap');
  Logger.log(`OpenAPI docs on http://localhost:${config.port}/${DOCS_PATH}`, 'Bootstrap');
  Logger.log(webRoot ? `Serving web app from ${webRoot}` : 'No built web app found', 'Bootstrap');
  // After listening: /api/health answers while the demo loads in the background.
  app.get(DemoDataService).startInBackground();
}

bootstrap().catch((err: unknown) => {
  Logger.error(
    `The api could not start: ${err instanceof Error ? err.message : String(err)}`,
    err instanceof Error ? err.stack : undefined,
    'Bootstrap',
  );
  process.exit(1);
});
