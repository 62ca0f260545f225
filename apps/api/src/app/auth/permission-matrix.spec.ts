import { POSTGRES_SKIPPED, testDatabaseTypes, type UserRole } from '@ogi/api-data-access';
import type { Test } from 'supertest';
import { roleAtLeast } from './access.decorator';
import { listRoutes, type AppRoute } from '../testing/routes';
import { createTestApp, fixture, type Agent, type TestApp } from '../testing/test-app';

/**
 * The permission matrix: every route of the app × anonymous, viewer, editor, admin × inside and
 * outside the caller's regions. Editors and viewers are limited to city 甲市; 乙市 beside it
 * (same province) holds a report whose office, region and file names must never reach them.
 * A route added to the app without a row in ROUTES fails the first test: declare its access and
 * add its row here.
 */

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the permission matrix on PostgreSQL', () => undefined);
  });
}

interface Ids {
  province: number;
  regionA: number;
  regionB: number;
  reportA: number;
  reportB: number;
  /** HTML reports in regionA and regionB, for the readable text of an original. */
  htmlReportA: number;
  htmlReportB: number;
  officeA: number;
  officeB: number;
  viewerId: number;
  cellKey: string;
  /** Stored selections (by the admin) of officeA and of officeB with regionB. */
  selectionA: string;
  selectionB: string;
}

type Side = 'in' | 'out';

interface RouteCase {
  /** The URL inside the caller's regions, and outside (absent: the route has no region). */
  url: (ids: Ids, side: Side) => string;
  /** Adds a body or files (writes). */
  send?: (req: Test, ids: Ids, side: Side) => Test;
  /** What a permitted caller gets inside their regions (default 200). */
  ok?: number;
  /** What an editor or viewer gets outside: 404 for rows, 403 for filters and targets. */
  outside?: 403 | 404;
  /** A write whose effect would spoil the other rows (logout, deletes): only refusals are run. */
  refusalsOnly?: true;
}

const withRegion = (side: Side, ids: Ids) => (side === 'in' ? ids.regionA : ids.regionB);
const report = (side: Side, ids: Ids) => (side === 'in' ? ids.reportA : ids.reportB);
const office = (side: Side, ids: Ids) => (side === 'in' ? ids.officeA : ids.officeB);

/** A stats route: no region asked (the caller's own) inside, 乙市 asked outside → 403. */
const stats = (query = ''): RouteCase => ({
  url: (ids, side) =>
    `/api/stats/${query}${query.includes('?') ? '&' : '?'}${side === 'out' ? `regionIds=${ids.regionB}` : ''}`,
  outside: 403,
});

/** An export: the same filters as the stats, so the same scope (乙市 asked outside → 403). */
const exported = (path: string): RouteCase => ({
  url: (ids, side) => `/api/exports/${path}${side === 'out' ? `&regionIds=${ids.regionB}` : ''}`,
  outside: 403,
});

const adminOnly = (url: (ids: Ids) => string, send?: RouteCase['send']): RouteCase => ({
  url: (ids) => url(ids),
  send,
  refusalsOnly: true,
});

const ROUTES: Record<string, RouteCase> = {
  'GET /api/health': { url: () => '/api/health' },
  'GET /api/auth/session': { url: () => '/api/auth/session' },
  'GET /api/boot': { url: () => '/api/boot' },
  'POST /api/auth/login': { url: () => '/api/auth/login', refusalsOnly: true },
  'POST /api/auth/demo-login': { url: () => '/api/auth/demo-login', refusalsOnly: true },
  'POST /api/auth/logout': { url: () => '/api/auth/logout', refusalsOnly: true },

  'GET /api/users': { url: () => '/api/users' },
  'POST /api/users': adminOnly(() => '/api/users'),
  'PATCH /api/users/:id': adminOnly((ids) => `/api/users/${ids.viewerId}`),
  'POST /api/users/:id/password': adminOnly((ids) => `/api/users/${ids.viewerId}/password`),

  'GET /api/reports': {
    url: (ids, side) => `/api/reports${side === 'out' ? `?regionId=${ids.regionB}` : ''}`,
    outside: 403,
  },
  'GET /api/reports/:id': { url: (ids, side) => `/api/reports/${report(side, ids)}`, outside: 404 },
  'GET /api/reports/:id/original': {
    url: (ids, side) => `/api/reports/${report(side, ids)}/original`,
    outside: 404,
  },
  'GET /api/reports/:id/original/text': {
    url: (ids, side) =>
      `/api/reports/${side === 'in' ? ids.htmlReportA : ids.htmlReportB}/original/text`,
    outside: 404,
  },
  'POST /api/reports': {
    url: () => '/api/reports',
    send: (req, ids, side) =>
      req
        .field('regionId', String(withRegion(side, ids)))
        .attach('files', fixture('corpus/sh-gov-office-2019.html'), 'matrix-upload.html'),
    outside: 403,
  },
  'POST /api/reports/reparse': adminOnly(() => '/api/reports/reparse'),
  'POST /api/reports/:id/corrections': {
    url: (ids, side) => `/api/reports/${report(side, ids)}/corrections`,
    send: (req, ids) => req.send({ key: ids.cellKey, value: 7, reason: '权限测试' }),
    outside: 404,
  },
  'POST /api/reports/:id/resolve': {
    url: (ids, side) => `/api/reports/${report(side, ids)}/resolve`,
    send: (req) => req.send({ year: 2020 }),
    // The report is settled: the caller got past the scope to the report's own state.
    ok: 409,
    outside: 404,
  },
  'POST /api/reports/:id/confirm-all': {
    url: (ids, side) => `/api/reports/${report(side, ids)}/confirm-all`,
    // No cell of the report awaits review: the caller got past the scope to the report's state.
    ok: 409,
    outside: 404,
  },
  'POST /api/reports/:id/make-current': {
    url: (ids, side) => `/api/reports/${report(side, ids)}/make-current`,
    outside: 404,
  },

  'GET /api/offices': {
    url: (ids, side) => `/api/offices${side === 'out' ? `?regionId=${ids.regionB}` : ''}`,
    outside: 403,
  },
  'GET /api/offices/:id': { url: (ids, side) => `/api/offices/${office(side, ids)}`, outside: 404 },
  'POST /api/offices': adminOnly(() => '/api/offices'),
  'PATCH /api/offices/:id': adminOnly((ids) => `/api/offices/${ids.officeA}`),
  'POST /api/offices/merge': adminOnly(() => '/api/offices/merge'),
  'GET /api/offices/merge-preview': adminOnly(
    (ids) => `/api/offices/merge-preview?sourceId=${ids.officeA}&targetId=${ids.officeB}`,
  ),
  'GET /api/offices/merges': { url: () => '/api/offices/merges' },
  'POST /api/offices/merges/:id/undo': adminOnly(() => '/api/offices/merges/1/undo'),

  'GET /api/regions': { url: () => '/api/regions' },
  'GET /api/regions/:id': {
    url: (ids, side) => `/api/regions/${withRegion(side, ids)}`,
    outside: 404,
  },
  'POST /api/regions': adminOnly(() => '/api/regions'),
  'PATCH /api/regions/:id': adminOnly((ids) => `/api/regions/${ids.regionA}`),
  'DELETE /api/regions/:id': adminOnly((ids) => `/api/regions/${ids.regionA}`),
  'POST /api/regions/import': adminOnly(() => '/api/regions/import'),
  'GET /api/regions/divisions/provinces': { url: () => '/api/regions/divisions/provinces' },
  'POST /api/regions/divisions': adminOnly(() => '/api/regions/divisions'),

  'GET /api/demo': { url: () => '/api/demo' },
  'DELETE /api/demo': adminOnly(() => '/api/demo'),

  'GET /api/stats/metrics': { url: () => '/api/stats/metrics' },
  // No filters: always the caller's own regions.
  'GET /api/stats/years': { url: () => '/api/stats/years?' },
  'GET /api/stats/summary': stats('summary'),
  'GET /api/stats/series': stats('series?metrics=applications_new'),
  'GET /api/stats/breakdown': stats('breakdown?metrics=applications_new&groupBy=office'),
  'GET /api/stats/outcomes': stats('outcomes'),
  'GET /api/stats/applicants': stats('applicants'),
  'GET /api/stats/appeals': stats('appeals'),
  'GET /api/stats/ranking': stats('ranking?metric=applications_new'),
  'GET /api/stats/matrix': stats('matrix?metric=applications_new'),
  'GET /api/stats/coverage': stats('coverage'),

  'POST /api/selections': {
    url: () => '/api/selections',
    send: (req, ids, side) => req.send({ officeIds: [office(side, ids)] }),
    outside: 403,
  },
  // Outside: a selection of another region reads as empty lists (tested below), never its ids.
  'GET /api/selections/:id': { url: (ids) => `/api/selections/${ids.selectionA}` },

  'GET /api/exports/charts/:id': exported('charts/top-offices?fileFormat=svg'),
  'GET /api/exports/data/:id': exported('data/top-offices?fileFormat=csv'),
  'GET /api/exports/pack': exported('pack?fileFormat=pptx&charts=applications'),
  'GET /api/exports/compare': exported('compare?chart=bars&metric=applications_new&fileFormat=csv'),
};

const ROLES: UserRole[] = ['viewer', 'editor', 'admin'];
/** A year range holding every fixture used (2019, 2023, 2025). */
const YEARS = 'yearFrom=2019&yearTo=2025';

describe.each(testDatabaseTypes())('permission matrix on %s', (type) => {
  let t: TestApp;
  let ids: Ids;
  let routes: AppRoute[];
  const agents = {} as Record<UserRole, Agent>;
  /** Texts of the other region that no editor or viewer response may contain. */
  let secrets: string[];

  beforeAll(async () => {
    t = await createTestApp(type);
    const region = async (body: object) =>
      (await t.http.post('/api/regions').send(body).expect(201)).body.id as number;
    const province = await region({ name: '矩阵省', level: 'province' });
    const regionA = await region({ name: '甲市', level: 'city', parentId: province });
    const regionB = await region({ name: '乙市', level: 'city', parentId: province });
    /** `tail` makes other bytes of the same file, so it is stored again, not a duplicate. */
    const upload = async (file: string, name: string, regionId: number, tail = '') => {
      const res = await t.http
        .post('/api/reports')
        .field('regionId', String(regionId))
        .attach('files', Buffer.concat([fixture(file), Buffer.from(tail)]), name)
        .expect(200);
      return res.body.results[0] as { reportId: number; office: { id: number; name: string } };
    };
    const a = await upload('corpus/changtu-qijiazi-2023.txt', 'in-region.txt', regionA);
    const b = await upload('corpus/sample-dongxing-2025.txt', 'OUT-OF-REGION.txt', regionB);
    const html = await upload('corpus/sh-gov-office-2019.html', 'in-region.html', regionA);
    const htmlB = await upload(
      'corpus/sh-gov-office-2019.html',
      'OUT-OF-REGION.html',
      regionB,
      '<!-- b -->',
    );
    const detail = (await t.http.get(`/api/reports/${a.reportId}`).expect(200)).body;
    const viewer = await t.userAgent('viewer-a', 'viewer', [regionA]);
    const editor = await t.userAgent('editor-a', 'editor', [regionA]);
    agents.viewer = viewer.http;
    agents.editor = editor.http;
    agents.admin = t.http;
    ids = {
      province,
      regionA,
      regionB,
      reportA: a.reportId,
      reportB: b.reportId,
      htmlReportA: html.reportId,
      htmlReportB: htmlB.reportId,
      officeA: a.office.id,
      officeB: b.office.id,
      viewerId: viewer.user.id,
      cellKey: detail.cells.find((cell: { status: string }) => cell.status === 'number').key,
      selectionA: '',
      selectionB: '',
    };
    const store = async (body: object) =>
      (await t.http.post('/api/selections').send(body).expect(200)).body.id as string;
    ids.selectionA = await store({ officeIds: [ids.officeA] });
    ids.selectionB = await store({ officeIds: [ids.officeB], regionIds: [regionB] });
    secrets = ['乙市', 'OUT-OF-REGION', b.office.name];
    expect(a.office.name).not.toEqual(b.office.name);
    routes = listRoutes(t.app);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const call = (agent: Agent, route: AppRoute, side: Side, csrf?: string) => {
    const c = ROUTES[route.key];
    let url = c.url(ids, side);
    if (url.startsWith('/api/stats/') && route.key !== 'GET /api/stats/metrics') {
      url += `${url.endsWith('?') || url.endsWith('&') ? '' : '&'}${YEARS}`;
    }
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    let req = agent[method](url);
    if (csrf !== undefined) req = req.set('X-CSRF-Token', csrf);
    return c.send ? c.send(req, ids, side) : req;
  };

  const leaks = (body: unknown, text: string | undefined) => {
    const all = `${JSON.stringify(body ?? null)}${text ?? ''}`;
    return secrets.filter((secret) => all.includes(secret));
  };

  it('has a row for every route of the app', () => {
    const missing = routes.map((route) => route.key).filter((key) => !ROUTES[key]);
    expect(missing).toEqual([]);
    const stale = Object.keys(ROUTES).filter((key) => !routes.some((route) => route.key === key));
    expect(stale).toEqual([]);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.declaration?.kind !== 'role') continue;
      const res = await call(t.anonymous(), route, 'in');
      if (res.status !== 401) failures.push(`${route.key}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to roles below the one a route declares', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const declaration = route.declaration;
      if (declaration?.kind !== 'role') continue;
      for (const role of ROLES) {
        if (roleAtLeast(role, declaration.role)) continue;
        const res = await call(agents[role], route, 'in');
        if (res.status !== 403) failures.push(`${role} ${route.key}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every write without the right CSRF token (403)', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (route.declaration?.kind !== 'role' || route.method === 'GET') continue;
      for (const csrf of ['', 'wrong-token']) {
        const res = await call(t.http, route, 'in', csrf);
        if (res.status !== 403 || !/CSRF/.test(res.body.message)) {
          failures.push(`${route.key} with "${csrf}": ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(ROLES)(
    'lets %s do what its role may: inside its regions yes, outside 403/404, and nothing of another region in any answer',
    async (role) => {
      const failures: string[] = [];
      for (const route of routes) {
        const c = ROUTES[route.key];
        const declaration = route.declaration;
        if (declaration?.kind !== 'role' || !roleAtLeast(role, declaration.role)) continue;
        if (c.refusalsOnly && route.method !== 'GET') continue;
        const inside = await call(agents[role], route, 'in');
        const ok = c.ok ?? 200;
        if (inside.status !== ok)
          failures.push(
            `${role} ${route.key} inside: ${inside.status} ${JSON.stringify(inside.body).slice(0, 200)}`,
          );
        if (role !== 'admin') {
          const leaked = leaks(inside.body, inside.text);
          if (leaked.length > 0)
            failures.push(`${role} ${route.key} inside leaks ${leaked.join(', ')}`);
        }
        if (!c.outside) continue;
        const outside = await call(agents[role], route, 'out');
        const expected = role === 'admin' ? ok : c.outside;
        if (outside.status !== expected) {
          failures.push(`${role} ${route.key} outside: ${outside.status}, expected ${expected}`);
        }
        if (role !== 'admin') {
          const leaked = leaks(outside.body, outside.text);
          if (leaked.length > 0)
            failures.push(`${role} ${route.key} outside leaks ${leaked.join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it('gives a viewer with no region asked exactly the stats of their regions', async () => {
    const mine = await agents.viewer.get(`/api/stats/summary?${YEARS}`).expect(200);
    const asked = await t.http
      .get(`/api/stats/summary?${YEARS}&regionIds=${ids.regionA}`)
      .expect(200);
    const all = await t.http.get(`/api/stats/summary?${YEARS}`).expect(200);
    const { filter: _mine, ...mineValues } = mine.body;
    const { filter: _asked, ...askedValues } = asked.body;
    expect(mineValues).toEqual(askedValues);
    expect(all.body.reports).not.toEqual(asked.body.reports);
  });

  it('shows a viewer nothing of a stored selection of another region: no ids, no stats', async () => {
    for (const agent of [agents.viewer, agents.editor]) {
      const stored = (await agent.get(`/api/selections/${ids.selectionB}`).expect(200)).body;
      expect(stored).toMatchObject({ officeIds: [], regionIds: [] });
      const summary = (
        await agent.get(`/api/stats/summary?${YEARS}&selection=${ids.selectionB}`).expect(200)
      ).body;
      expect(summary.reports.current + summary.reports.previous).toBe(0);
      expect(summary.coverage.offices).toBe(0);
      const ranking = (
        await agent
          .get(
            `/api/stats/ranking?${YEARS}&selection=${ids.selectionB}&metric=applications_new&year=2025`,
          )
          .expect(200)
      ).body;
      expect(ranking.items).toEqual([]);
    }
    const admin = (await t.http.get(`/api/selections/${ids.selectionB}`).expect(200)).body;
    expect(admin).toMatchObject({ officeIds: [ids.officeB], regionIds: [ids.regionB] });
    const adminSummary = (
      await t.http.get(`/api/stats/summary?${YEARS}&selection=${ids.selectionB}`).expect(200)
    ).body;
    expect(adminSummary.coverage.offices).toBe(1);
  });

  it('lists for a viewer only reports, offices and regions of their subtree (ancestors by name)', async () => {
    const reports = (await agents.viewer.get('/api/reports').expect(200)).body;
    const reportIds = reports.items.map((r: { id: number }) => r.id);
    expect(reportIds).toContain(ids.reportA);
    expect(reportIds).not.toContain(ids.reportB);
    const offices = (await agents.viewer.get('/api/offices').expect(200)).body;
    const officeIds = offices.items.map((o: { id: number }) => o.id);
    expect(officeIds).toContain(ids.officeA);
    expect(officeIds).not.toContain(ids.officeB);
    const regions = (await agents.viewer.get('/api/regions').expect(200)).body;
    expect(regions.items.map((r: { id: number }) => r.id).sort()).toEqual(
      [ids.province, ids.regionA].sort(),
    );
    // The province's count is that of 甲市 alone.
    const count = (id: number) =>
      regions.items.find((r: { id: number }) => r.id === id).reportCount as number;
    expect(count(ids.province)).toBe(count(ids.regionA));
    expect(count(ids.regionA)).toBeGreaterThan(0);
    const adminReports = (await t.http.get('/api/reports').expect(200)).body;
    expect(adminReports.total).toBeGreaterThanOrEqual(2);
  });

  // Last: resolving moves a report into 甲市. A report without an office has no region to be
  // scoped by: its uploader and admins see it, nobody else.
  it('shows a report without an office to its uploader and admins only, and lets the uploader resolve it in their regions', async () => {
    const uploaded = await agents.editor
      .post('/api/reports')
      .attach('files', fixture('corpus/wendeng-flipbook-audit-2020-p9.txt'), 'no-office.txt')
      .expect(200);
    const result = uploaded.body.results[0] as { status: string; reportId: number; office: null };
    expect(result).toMatchObject({ status: 'needs_input', office: null });
    const id = result.reportId;
    const [row] = await t.db.read((manager) =>
      manager.query(
        `SELECT f.uploaded_by AS "uploadedBy" FROM source_files f JOIN reports r ON r.source_file_id = f.id WHERE r.id = ${id}`,
      ),
    );
    const editorId = (await t.http.get('/api/users').expect(200)).body.items.find(
      (user: { username: string }) => user.username === 'editor-a',
    ).id as number;
    expect(Number(row.uploadedBy)).toBe(editorId);
    // One the admin uploaded, and one stored before uploaders were recorded.
    const byAdmin = (
      await t.http
        .post('/api/reports')
        .field('regionId', String(ids.regionA))
        .attach('files', Buffer.from('关于召开年度会议的通知\n请准时参加。\n'), 'admin-notice.txt')
        .expect(200)
    ).body.results[0] as { status: string; reportId: number };
    expect(byAdmin.status).toBe('failed');
    const other = await t.userAgent('editor-a2', 'editor', [ids.regionA]);

    const listed = async (agent: Agent, query: string) =>
      ((await agent.get(`/api/reports${query}`).expect(200)).body.items as { id: number }[]).map(
        (item) => item.id,
      );
    for (const query of ['', '?problem=needs_input', '?problem=any', '?status=needs_input']) {
      expect(await listed(agents.editor, query)).toContain(id);
      expect(await listed(agents.admin, query)).toContain(id);
      expect(await listed(agents.viewer, query)).not.toContain(id);
      expect(await listed(other.http, query)).not.toContain(id);
    }
    expect(await listed(agents.editor, '?problem=failed')).not.toContain(byAdmin.reportId);
    expect(await listed(agents.admin, '?problem=failed')).toContain(byAdmin.reportId);

    await agents.editor.get(`/api/reports/${id}`).expect(200);
    await agents.editor.get(`/api/reports/${id}/original`).expect(200);
    await agents.admin.get(`/api/reports/${id}`).expect(200);
    for (const agent of [agents.viewer, other.http]) {
      await agent.get(`/api/reports/${id}`).expect(404);
      await agent.get(`/api/reports/${id}/original`).expect(404);
    }
    await agents.editor.get(`/api/reports/${byAdmin.reportId}`).expect(404);
    await agents.editor.get(`/api/reports/${byAdmin.reportId}/original`).expect(404);

    const resolve = (agent: Agent, body: object) =>
      agent.post(`/api/reports/${id}/resolve`).send(body);
    expect((await resolve(other.http, { officeId: ids.officeA, year: 2020 })).status).toBe(404);
    expect((await resolve(agents.viewer, { officeId: ids.officeA, year: 2020 })).status).toBe(403);
    expect((await resolve(agents.editor, { officeId: ids.officeB, year: 2020 })).status).toBe(403);
    // A name matched or created outside their regions is refused too, and nothing is kept.
    expect((await resolve(agents.editor, { officeName: '无地区新单位', year: 2020 })).status).toBe(
      403,
    );
    expect((await agents.admin.get('/api/offices?q=无地区新单位').expect(200)).body.total).toBe(0);
    const resolved = await resolve(agents.editor, { officeId: ids.officeA, year: 2020 }).expect(
      200,
    );
    expect(resolved.body).toMatchObject({ status: 'created', report: { id } });
    // Now in 甲市: scoped by its office like any other report.
    await agents.viewer.get(`/api/reports/${id}`).expect(200);
    await other.http.get(`/api/reports/${id}`).expect(200);
  });
});
