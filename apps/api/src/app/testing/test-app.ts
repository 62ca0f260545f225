import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stream } from 'node:stream';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import {
  createAdmin,
  createTestDatabase,
  Database,
  hashPassword,
  Repositories,
  scryptParams,
  type DatabaseType,
  type TestDatabase,
  type User,
  type UserRole,
} from '@ogi/api-data-access';
import request from 'supertest';
import { AppModule } from '../app.module';
import { loadConfig, type AppConfig } from '../config/app-config';
import { setupApp } from '../setup-app';

/** The admin every test app starts with (`http` is logged in as it). */
export const TEST_ADMIN = { username: 'admin', password: 'admin-password-1' } as const;
/** The password of accounts made by `TestApp.userAgent`. */
export const TEST_PASSWORD = 'user-password-1';

export type Agent = ReturnType<typeof request.agent>;

const TEST_SCRYPT_LOG_N = 10;
const testScrypt = scryptParams(TEST_SCRYPT_LOG_N);

export interface TestApp {
  app: NestExpressApplication;
  db: Database;
  config: AppConfig;
  /** A supertest agent logged in as TEST_ADMIN, its CSRF header set for every request. */
  http: Agent;
  /** A fresh agent with no session (anonymous). */
  anonymous(): Agent;
  /** An agent logged in with a username and password (CSRF header set). */
  login(username: string, password: string): Promise<Agent>;
  /** Creates an account (password TEST_PASSWORD) and answers it with an agent logged in as it. */
  userAgent(
    username: string,
    role: UserRole,
    regionIds?: number[],
  ): Promise<{ user: User; http: Agent }>;
  close(): Promise<void>;
}

/** A supertest parser that keeps a response body as bytes (downloads, exports): `.parse(asBytes)`. */
export function asBytes(
  response: Stream,
  callback: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** An agent logged in through POST /api/auth/login, sending the session's CSRF token on writes. */
export async function loginAgent(
  app: NestExpressApplication,
  username: string,
  password: string,
): Promise<Agent> {
  const agent = request.agent(app.getHttpServer());
  const res = await agent.post('/api/auth/login').send({ username, password });
  if (res.status !== 200) {
    throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  agent.set('X-CSRF-Token', res.body.csrfToken as string);
  return agent;
}

/** The whole api on a fresh, migrated database of the given type (SQLite file or PostgreSQL). */
export async function createTestApp(
  type: DatabaseType,
  options: {
    webRoot?: string;
    upload?: Partial<AppConfig['upload']>;
    demoData?: boolean;
    /** Extra modules (a test's own controllers). */
    imports?: Type[];
    auth?: Partial<AppConfig['auth']>;
    archive?: Partial<AppConfig['archive']>;
    read?: Partial<AppConfig['read']>;
    /** OCR jobs: none run unless a test asks (the engine's models are large to load). */
    ocr?: Partial<AppConfig['ocr']>;
    trustProxy?: AppConfig['trustProxy'];
    allowedOrigins?: string[];
  } = {},
): Promise<TestApp> {
  const testDb: TestDatabase = await createTestDatabase(type);
  const defaults = loadConfig({});
  const config: AppConfig = {
    ...defaults,
    database: testDb.config,
    demoData: options.demoData ?? false,
    upload: { ...defaults.upload, ...options.upload },
    // Cheap hashes: tests log in often; the cost itself is tested in password.spec.ts.
    auth: { ...defaults.auth, scryptLogN: TEST_SCRYPT_LOG_N, ...options.auth },
    archive: { ...defaults.archive, ...options.archive },
    read: { ...defaults.read, ...options.read },
    ocr: { ...defaults.ocr, workers: 0, ...options.ocr },
    trustProxy: options.trustProxy ?? defaults.trustProxy,
    allowedOrigins: options.allowedOrigins ?? defaults.allowedOrigins,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config), ...(options.imports ?? [])],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: process.env['TEST_LOGS'] ? undefined : false,
  });
  setupApp(app, options.webRoot);
  await app.init();
  const db = app.get(Database);
  await createAdmin(db, TEST_ADMIN.username, TEST_ADMIN.password, { scrypt: testScrypt });
  // One hash for every test account: scrypt is slow on purpose.
  const userHash = hashPassword(TEST_PASSWORD, testScrypt);
  return {
    app,
    db,
    config,
    http: await loginAgent(app, TEST_ADMIN.username, TEST_ADMIN.password),
    anonymous: () => request.agent(app.getHttpServer()),
    login: (username, password) => loginAgent(app, username, password),
    userAgent: async (username, role, regionIds = []) => {
      const passwordHash = await userHash;
      const user = await db.write((manager) =>
        new Repositories(manager).users.create({ username, passwordHash, role, regionIds }),
      );
      return { user, http: await loginAgent(app, username, TEST_PASSWORD) };
    },
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
