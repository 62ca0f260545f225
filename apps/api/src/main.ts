import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { API_PREFIX, resolveWebRoot, setupApp } from './app/setup-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  const webRoot = resolveWebRoot();
  setupApp(app, webRoot);
  const port = Number(process.env['PORT'] ?? 3000);
  await app.listen(port);
  Logger.log(`API on http://localhost:${port}/${API_PREFIX}`, 'Bootstrap');
  Logger.log(webRoot ? `Serving web app from ${webRoot}` : 'No built web app found', 'Bootstrap');
}

void bootstrap();
