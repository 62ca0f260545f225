import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createTestDatabase } from '@ogi/api-data-access';
import { AppModule } from '../app.module';
import { loadConfig, type AppConfig } from '../config/app-config';
import { setupApp } from '../setup-app';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The api's OpenAPI document without a server: the whole app on a throwaway SQLite database
 * (the modules need one to start), set up as main.ts sets it up, then closed.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const database = await createTestDatabase('sqlite');
  const config: AppConfig = { ...loadConfig({}), database: database.config, demoData: false };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: false,
  });
  try {
    setupApp(app, undefined);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
    await database.drop();
  }
}
