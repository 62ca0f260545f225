import { createTestApp, type TestApp } from '../testing/test-app';
import { listRoutes } from '../testing/routes';

describe('access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  }, 30_000);
  afterAll(async () => {
    await t?.close();
  });

  it('are on every route of the app (the guard refuses undeclared ones)', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThan(30);
    const undeclared = routes.filter((route) => !route.declaration).map((route) => route.key);
    expect(undeclared).toEqual([]);
  });

  it('make only health, the session probe, the boot answer, login and demo login public', () => {
    const open = listRoutes(t.app)
      .filter((route) => route.declaration?.kind === 'public')
      .map((route) => route.key)
      .sort();
    expect(open).toEqual([
      'GET /api/auth/session',
      'GET /api/boot',
      'GET /api/health',
      'POST /api/auth/demo-login',
      'POST /api/auth/login',
    ]);
  });

  it('let multipart in only where a route reads uploaded files', () => {
    const multipart = listRoutes(t.app)
      .filter((route) => route.takesFiles)
      .map((route) => route.key)
      .sort();
    expect(multipart).toEqual(['POST /api/regions/import', 'POST /api/reports']);
  });
});
