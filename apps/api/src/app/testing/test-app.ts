import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import {
  createTestDatabase,
  Database,
  type DatabaseType,
  type TestDatabase,
} from '@ogi/api-data-access';
import { AppModule } from '../app.module';
import { loadConfig, type AppConfig } from '../config/app-config';
import { setupApp } from '../setup-app';

export interface TestApp {
  app: NestExpressApplication;
  db: Database;
  config: AppConfig;
  close(): Promise<void>;
}

/** The whole api on a fresh, migrated database of the given type (SQLite file or PostgreSQL). */
export async function createTestApp(
  type: DatabaseType,
  options: {
    webRoot?: string;
    upload?: Partial<AppConfig['upload']>;
    demoData?: boolean;
    archive?: Partial<AppConfig['archive']>;
    read?: Partial<AppConfig['read']>;
  } = {},
): Promise<TestApp> {
  const testDb: TestDatabase = await createTestDatabase(type);
  const defaults = loadConfig({});
  const config: AppConfig = {
    ...defaults,
    database: testDb.config,
    demoData: options.demoData ?? false,
    upload: { ...defaults.upload, ...options.upload },
    archive: { ...defaults.archive, ...options.archive },
    read: { ...defaults.read, ...options.read },
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: process.env['TEST_LOGS'] ? undefined : false,
  });
  setupApp(app, options.webRoot);
  await app.init();
  return {
    app,
    db: app.get(Database),
    config,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

const FIXTURES = join(__dirname, '../../../../../libs/report-extract/src/fixtures');

/** Bytes of a committed fixture, e.g. `corpus/sample-dongxing-2025.txt`. */
export function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURES, path));
}

export function fixturePath(path: string): string {
  return join(FIXTURES, path);
}
