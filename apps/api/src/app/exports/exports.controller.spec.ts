import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { metricLabel } from '@ogi/report-charts';
import { closeExtractors } from '@ogi/report-extract';
import { openPdf, openPng, openPptx, openXlsx } from '@ogi/report-exports/testing';
import { seedStats, type SeedReport } from '../stats/stats.seed';
import { asBytes, createTestApp, type TestApp } from '../testing/test-app';

// Drawing PNGs and reading PDFs back take seconds on a busy 2-core machine.
jest.setTimeout(180_000);

const REGIONS = [
  { name: '示例省', parent: null, level: 'province' },
  { name: '示例市', parent: '示例省', level: 'city' },
  { name: '东区', parent: '示例市', level: 'district' },
  { name: 'A街道', parent: '东区', level: 'street' },
  { name: 'B街道', parent: '东区', level: 'street' },
] as const;

const OFFICES = [
  { name: 'A街道办事处', kind: 'street', region: 'A街道' },
  { name: 'B街道<办事处>', kind: 'street', region: 'B街道' },
] as const;

const report = (office: string, year: number, received: number, granted: number): SeedReport => ({
  office,
  year,
  format: '2021',
  figures: {
    new_received_total: received,
    carried_over_total: 0,
    handled_total: received,
    granted_total: granted,
    partially_granted_total: 1,
    review_upheld: 2,
    review_corrected: 1,
    review_closed: 3,
  },
});

const REPORTS = [
  report('A街道办事处', 2023, 1234, 600),
  report('A街道办事处', 2024, 2345, 1000),
  report('B街道<办事处>', 2023, 40, 20),
  report('B街道<办事处>', 2024, 56, 30),
];

afterAll(() => closeExtractors());

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it.todo('runs on PostgreSQL');
  });
}

describe.each(testDatabaseTypes())('exports API on %s', (type) => {
  let t: TestApp;
  let region: number;
  const filters = () => `yearFrom=2023&yearTo=2024&regionIds=${region}`;
  // Binary bodies as Buffers.
  const get = (path: string) => t.http.get(path).buffer(true).parse(asBytes);

  beforeAll(async () => {
    t = await createTestApp(type);
    const ids = await seedStats(t.db, REGIONS, OFFICES, REPORTS);
    region = ids.region['东区'];
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes the data of a chart as XLSX whose numbers equal the stats API', async () => {
    const res = await get(`/api/exports/data/applications?fileFormat=xlsx&${filters()}`).expect(
      200,
    );
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('申请数量与公开率（按年）')}`,
    );
    const series = (
      await t.http
        .get(
          `/api/stats/series?metrics=applications_new,applications_handled,disclosure_rate&${filters()}`,
        )
        .expect(200)
    ).body as { years: { year: number; values: Record<string, { value: number | null }> }[] };

    const { rows, formats } = await openXlsx(res.body as Buffer);
    expect(rows[0][0]).toBe('申请数量与公开率（按年）');
    expect(rows.some((row) => row?.[0] === '地区' && row[1] === '东区')).toBe(true);
    const head = rows.findIndex((row) => row?.[0] === '年份' && row[1] !== '2023–2024年');
    const columns = rows[head] as string[];
    for (const [index, year] of series.years.entries()) {
      const row = rows[head + 1 + index];
      expect(row[0]).toBe(`${year.year}年`);
      for (const id of ['applications_new', 'applications_handled', 'disclosure_rate']) {
        const column = columns.indexOf(metricLabel(id));
        expect(row[column]).toBe(year.values[id].value);
      }
    }
    expect(rows[head + 1][columns.indexOf(metricLabel('applications_new'))]).toBe(1234 + 40);
    expect(formats[head + 1][columns.indexOf(metricLabel('disclosure_rate'))]).toBe('0.0%');
    expect(formats[head + 1][columns.indexOf(metricLabel('applications_new'))]).toContain('#,##0');
  });

  it('states in the XLSX header when the newest report within the filters was stored', async () => {
    const res = await get(`/api/exports/data/kpis?fileFormat=xlsx&${filters()}`).expect(200);
    const { rows } = await openXlsx(res.body as Buffer);
    const asOf = rows.find((row) => row?.[0] === '数据截至');
    expect(asOf?.[1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    const none = await get('/api/exports/data/kpis?fileFormat=xlsx&yearFrom=2019&yearTo=2020');
    const empty = await openXlsx(none.body as Buffer);
    expect(empty.rows.find((row) => row?.[0] === '数据截至')?.[1]).toBe('—');
  });

  it('writes the data of a 对比 chart by office as XLSX whose numbers equal the matrix', async () => {
    const res = await get(
      `/api/exports/compare?chart=bars&compareBy=office&metric=applications_new&fileFormat=xlsx&${filters()}`,
    ).expect(200);
    const { rows, formats } = await openXlsx(res.body as Buffer);
    expect(rows[0][0]).toBe(`${metricLabel('applications_new')}（按单位和年份）`);
    expect(
      rows.some((row) => row?.[0] === '指标' && row[1] === metricLabel('applications_new')),
    ).toBe(true);
    expect(rows.some((row) => row?.[0] === '对比对象' && row[1] === '单位')).toBe(true);
    const head = rows.findIndex((row) => row?.[0] === '单位' && row[1] === '2023年');
    expect(head).toBeGreaterThan(0);
    const byName = new Map(rows.slice(head + 1).map((row) => [row[0], row]));
    const columns = rows[head] as string[];
    expect(byName.get('A街道办事处')?.[columns.indexOf('2024年')]).toBe(2345);
    expect(byName.get('B街道<办事处>')?.[columns.indexOf('2023年')]).toBe(40);
    expect(formats[head + 1][columns.indexOf('2024年')]).toBe('#,##0');
  });

  it('writes the 对比 ranking by region as CSV with the change on the year before', async () => {
    const res = await get(
      `/api/exports/compare?chart=ranking&compareBy=region&level=street&metric=applications_new&fileFormat=csv&${filters()}`,
    ).expect(200);
    const lines = (res.body as Buffer).toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('地区,2024年,2024年（说明）,较上年');
    expect(lines[1]).toBe('A街道,2345,"上年 1,234",↑ +90.0%');
    expect(lines[2]).toMatch(/^B街道,56,/);
    const bad = await t.http.get('/api/exports/compare?chart=pie&level=moon').expect(400);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('chart must be one of bars, ranking, heatmap, multiples'),
        expect.stringContaining('metric is required'),
        expect.stringContaining('level must be one of'),
      ]),
    );
  });

  it('writes the data of a ranking as the top or bottom N its chart shows', async () => {
    const rows = async (rank: string) => {
      const res = await get(
        `/api/exports/data/top-offices?fileFormat=csv&${rank}&${filters()}`,
      ).expect(200);
      return (res.body as Buffer).toString('utf8').slice(1).split('\r\n').filter(Boolean);
    };
    const lowest = await rows('order=asc&limit=1');
    expect(lowest).toHaveLength(2);
    expect(lowest[1]).toMatch(/^"?B街道<办事处>"?,56/);
    const highest = await rows('order=desc&limit=1');
    expect(highest).toHaveLength(2);
    expect(highest[1]).toMatch(/^"?A街道办事处"?,2345/);
    await t.http.get(`/api/exports/data/top-offices?order=up&limit=0`).expect(400);
  });

  it('writes the main indicators table as CSV: UTF-8 with a BOM, Chinese intact', async () => {
    const res = await get(`/api/exports/data/kpis?fileFormat=csv&${filters()}`).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('指标,2024年,2023年,变化,样本');
    expect(lines[1]).toBe('报告数,2,2,0.0%,');
    expect(lines[2]).toMatch(
      new RegExp(`^${metricLabel('applications_new')},${2345 + 56},${1234 + 40},`),
    );
  });

  it('draws a chart as PNG at the asked scale, with pixels drawn, and as SVG with escaped names', async () => {
    const png = await get(
      `/api/exports/charts/top-offices?fileFormat=png&scale=2&${filters()}`,
    ).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    const image = openPng(png.body as Buffer);
    expect(image).toMatchObject({ width: 1920, height: 960 });
    expect(image.colours).toBeGreaterThan(100);

    const svg = await get(`/api/exports/charts/top-offices?fileFormat=svg&${filters()}`).expect(
      200,
    );
    const text = (svg.body as Buffer).toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('申请数量前十的单位（2024年）');
    expect(text).toContain('B街道&lt;办事处&gt;');
    expect(text).not.toContain('B街道<办事处>');
  });

  it('makes the briefing pack as PPTX: title slide, a slide per chosen chart, data table, notes', async () => {
    const title = '东区政务公开汇报';
    const res = await get(
      `/api/exports/pack?fileFormat=pptx&charts=top-offices,applications&title=${encodeURIComponent(title)}&${filters()}`,
    ).expect(200);
    expect(res.headers['content-type']).toContain('presentationml');
    const pptx = openPptx(res.body as Buffer);
    expect(pptx.slides).toHaveLength(4);
    expect(pptx.images).toHaveLength(2);
    expect(pptx.slideTexts[0]).toContain(title);
    expect(pptx.slideTexts[0]).toContain('地区：东区');
    expect(pptx.slideTexts[1]).toContain('申请数量前十的单位（2024年）');
    expect(pptx.slideTexts[2]).toContain('申请数量与公开率（按年）');
    expect(pptx.slideTexts[3]).toContain('主要指标（2024年与2023年）');
    expect(pptx.slideTexts[3]).toContain('2,401');
    expect(pptx.notesTexts[1]).toContain('GET /api/stats/ranking?metric=applications_new');

    const native = openPptx(
      (await get(`/api/exports/pack?fileFormat=pptx&chartStyle=native&${filters()}`).expect(200))
        .body as Buffer,
    );
    expect(native.charts).toHaveLength(4);
    expect(native.slides).toHaveLength(6);
  });

  it('puts the 对比 page’s charts first in a pack, with their stats calls in the notes', async () => {
    const res = await get(
      `/api/exports/pack?fileFormat=pptx&chartStyle=native&compare=bars,ranking&compareBy=office&metric=applications_new&${filters()}`,
    ).expect(200);
    const pptx = openPptx(res.body as Buffer);
    // Title, the two 对比 charts (no 总览 chart unless asked for), the main indicators.
    expect(pptx.slides).toHaveLength(4);
    expect(pptx.charts).toHaveLength(2);
    expect(pptx.slideTexts[1]).toContain(`${metricLabel('applications_new')}（按单位和年份）`);
    expect(pptx.slideTexts[2]).toContain(`${metricLabel('applications_new')}排名（2024年）`);
    expect(pptx.notesTexts[1]).toContain('GET /api/stats/matrix?');
    expect(pptx.notesTexts[1]).toContain('metric=applications_new');
    expect(pptx.chartXmls[1]).toContain('A街道办事处');

    const both = openPptx(
      (
        await get(
          `/api/exports/pack?fileFormat=pptx&compare=ranking&compareBy=region&level=street&metric=applications_new&charts=applications&${filters()}`,
        ).expect(200)
      ).body as Buffer,
    );
    expect(both.slideTexts[1]).toContain('排名（2024年）');
    expect(both.slideTexts[2]).toContain('申请数量与公开率（按年）');
    expect(both.notesTexts[1]).toContain('GET /api/stats/breakdown?');

    const bad = await t.http.get('/api/exports/pack?fileFormat=pdf&compare=heatmap').expect(400);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('compare: unknown "heatmap"')]),
    );
    const noMetric = await t.http.get('/api/exports/pack?fileFormat=pdf&compare=bars').expect(400);
    expect(noMetric.body.problems).toContain('metric is required with compare');
  });

  it('makes the same pack as PDF with Chinese titles in its text layer', async () => {
    const res = await get(`/api/exports/pack?fileFormat=pdf&${filters()}`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await openPdf(res.body as Buffer);
    expect(pdf.pages).toBe(6);
    for (const heading of [
      '政府信息公开工作年度报告数据汇报',
      '申请数量与公开率（按年）',
      '办理结果构成（2023–2024年合计）',
      '行政复议和行政诉讼结果（2023–2024年合计）',
      '申请数量前十的单位（2024年）',
      '主要指标（2024年与2023年）',
    ]) {
      expect(pdf.text).toContain(heading);
    }
  });

  it('answers bad parameters with the stats API problem body, unknown ids with 404', async () => {
    const bad = await t.http
      .get('/api/exports/pack?fileFormat=doc&charts=nope&yearFrom=2025&yearTo=2020&colour=red')
      .expect(400);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('fileFormat must be one of pptx, pdf'),
        expect.stringContaining('charts: unknown "nope"'),
        expect.stringContaining('yearFrom (2025) must not be after yearTo (2020)'),
        expect.stringContaining('unknown parameter colour'),
      ]),
    );
    const missing = await t.http.get('/api/exports/pack').expect(400);
    expect(missing.body.problems).toContain('fileFormat is required (pptx or pdf)');
    await t.http.get(`/api/exports/pack?fileFormat=pdf&title=${'长'.repeat(61)}`).expect(400);
    await t.http.get('/api/exports/charts/top-offices?scale=9').expect(400);
    await t.http.get('/api/exports/data/kpis?fileFormat=xls').expect(400);
    // `format` is the 表三 format filter here as on the stats endpoints; the file's is fileFormat.
    const wrongName = await t.http.get('/api/exports/data/kpis?format=xlsx').expect(400);
    expect(wrongName.body.problems).toContain('format must be one of 2019, 2021 (got "xlsx")');
    const older = await get(`/api/exports/data/kpis?fileFormat=csv&format=2019&${filters()}`);
    expect(older.status).toBe(200);
    expect((older.body as Buffer).toString('utf8')).toContain('报告数,0,0,');
    const unknown = await t.http.get('/api/exports/charts/pie').expect(404);
    expect(unknown.body.message).toContain('applications');
  });
});
