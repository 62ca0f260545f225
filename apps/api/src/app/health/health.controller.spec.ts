import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../app.module';
import { setupApp } from '../setup-app';

async function createApp(webRoot?: string): Promise<NestExpressApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  setupApp(app, webRoot);
  await app.init();
  return app;
}

describe('GET /api/health', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createApp(undefined);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 200 with status, version and uptime', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({
      status: 'ok',
      version: expect.any(String),
      uptimeSeconds: expect.any(Number),
    });
    expect(res.body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('is only served under the /api prefix', async () => {
    await request(app.getHttpServer()).get('/health').expect(404);
  });
});

describe('web app hosting', () => {
  let app: NestExpressApplication;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'ogi-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>OGI</title>');
    writeFileSync(join(webRoot, 'app.js'), 'console.log(1);');
    app = await createApp(webRoot);
  });
  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / and static files by name', async () => {
    await request(app.getHttpServer())
      .get('/')
      .expect(200)
      .expect(/<title>OGI<\/title>/);
    await request(app.getHttpServer())
      .get('/app.js')
      .expect(200)
      .expect(/console\.log/);
  });

  it('falls back to index.html for client-side routes', async () => {
    await request(app.getHttpServer())
      .get('/reports/2021')
      .set('Accept', 'text/html')
      .expect(200)
      .expect(/<title>OGI<\/title>/);
  });

  it('keeps unknown /api routes as JSON 404s', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/nope')
      .set('Accept', 'text/html')
      .expect(404);
    expect(res.body.statusCode).toBe(404);
  });
});
