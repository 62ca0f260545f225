import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { OVERVIEW_METRICS } from '@ogi/report-schema';
import { seededStatsApp, type SeedReport } from './stats.seed';

/**
 * A city with two districts; A and B are streets of 东区, C a township of 西区, D a department of
 * 东区. Expected numbers below are summed by hand from these rows.
 */
const REGIONS = [
  { name: '示例省', parent: null, level: 'province' },
  { name: '示例市', parent: '示例省', level: 'city' },
  { name: '东区', parent: '示例市', level: 'district' },
  { name: '西区', parent: '示例市', level: 'district' },
  { name: 'A街道', parent: '东区', level: 'street' },
  { name: 'B街道', parent: '东区', level: 'street' },
  { name: 'C镇', parent: '西区', level: 'street' },
] as const;

const OFFICES = [
  { name: 'A街道办事处', kind: 'street', region: 'A街道' },
  { name: 'B街道办事处', kind: 'street', region: 'B街道' },
  { name: 'C镇人民政府', kind: 'township', region: 'C镇' },
  { name: 'D区民政局', kind: 'department', region: '东区' },
] as const;

const apps = (newReceived: number, handled: number, granted: number, partly: number | null) => ({
  new_received_total: newReceived,
  carried_over_total: 0,
  handled_total: handled,
  granted_total: granted,
  partially_granted_total: partly,
});
const appeals = (
  reviewCorrected: number | null,
  reviewClosed: number | null,
  litCorrected: number,
  litClosed: number,
) => ({
  review_corrected: reviewCorrected,
  review_closed: reviewClosed,
  litigation_corrected: litCorrected,
  litigation_closed: litClosed,
});

const REPORTS: SeedReport[] = [
  {
    office: 'A街道办事处',
    year: 2023,
    format: '2021',
    figures: {
      ...apps(10, 10, 4, 2),
      carried_over_total: 2,
      ...appeals(1, 2, 0, 0),
      review_upheld: 1,
    },
  },
  {
    office: 'A街道办事处',
    year: 2024,
    format: '2021',
    figures: { ...apps(1000, 1000, 1000, 0), ...appeals(9, 9, 9, 9) },
  },
  // The correction of the report above: the only current version of A, 2024.
  {
    office: 'A街道办事处',
    year: 2024,
    format: '2021',
    figures: { ...apps(20, 20, 10, 0), ...appeals(0, 3, 1, 1), applicants_natural_person: 20 },
  },
  {
    office: 'B街道办事处',
    year: 2024,
    format: '2021',
    figures: { ...apps(5, 4, 1, 1), ...appeals(null, null, 0, 0), applicants_natural_person: 3 },
    failing: true,
  },
  {
    office: 'C镇人民政府',
    year: 2024,
    format: '2019',
    figures: { ...apps(7, 6, 5, 0), ...appeals(0, 0, 0, 0), applicants_natural_person: 7 },
  },
  {
    office: 'D区民政局',
    year: 2023,
    format: '2021',
    figures: { ...apps(3, 3, 3, null), ...appeals(null, null, 0, 0) },
  },
  {
    office: 'D区民政局',
    year: 2024,
    format: '2021',
    figures: apps(50, 50, 50, 0),
    status: 'failed',
  },
];

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the stats API tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('stats API on %s', (type) => {
  const app = seededStatsApp(type, REGIONS, OFFICES, REPORTS);
  const get = app.get;
  const range = { yearFrom: 2023, yearTo: 2024 };

  it('lists the schema metrics it can compute, each with its kind and unit', async () => {
    const res = await get('metrics').expect(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'disclosure_rate', kind: 'rate', unit: '%' }),
        expect.objectContaining({ id: 'applications_new', kind: 'count', unit: '件' }),
      ]),
    );
  });

  describe('summary', () => {
    it('gives the last year beside the one before from current ok reports, rates as sums of parts', async () => {
      const body = (await get('summary', range).expect(200)).body;
      expect(body).toMatchObject({ year: 2024, previousYear: 2023 });
      expect(body.reports).toEqual({
        current: 3,
        previous: 2,
        change: { absolute: 1, relative: 0.5 },
      });
      const kpi = (id: string) =>
        body.headline.find((item: { metric: { id: string } }) => item.metric.id === id);
      expect(kpi('applications_new')).toMatchObject({
        current: { value: 32, reports: 3, missing: 0 },
        previous: { value: 13, reports: 2, missing: 0 },
        change: { absolute: 19, relative: 19 / 13 },
      });
      // 2024: (10 + 0) + (1 + 1) + (5 + 0) over 20 + 4 + 6; 2023: D has no 部分公开, so only A.
      expect(kpi('disclosure_rate').current).toMatchObject({
        numerator: 17,
        denominator: 30,
        value: 17 / 30,
        reports: 3,
      });
      expect(kpi('disclosure_rate').previous).toMatchObject({
        numerator: 6,
        denominator: 10,
        value: 0.6,
        reports: 1,
        missing: 1,
      });
      expect(kpi('disclosure_rate').change.absolute).toBeCloseTo(17 / 30 - 0.6);
      // A: (0 + 1) / (3 + 1); B has no review figures; C: 0 / 0.
      expect(kpi('correction_rate').current).toMatchObject({
        numerator: 1,
        denominator: 4,
        value: 0.25,
        smallSample: true,
        reports: 2,
        missing: 1,
      });
      const upheld = body.appeals.find(
        (item: { metric: { id: string } }) => item.metric.id === 'review_upheld',
      );
      expect(upheld.previous).toMatchObject({ value: 1, reports: 1, missing: 1 });
      expect(body.refusalReasons.length).toBeGreaterThan(0);
      expect(body.coverage).toEqual({
        offices: 4,
        years: [2023, 2024],
        expected: 8,
        present: 5,
        missing: 3,
        failing: 1,
        unplaced: 0,
      });
    });

    it('heads the summary with the metrics the schema puts on 总览, in their order', async () => {
      const body = (await get('summary', range).expect(200)).body;
      expect(body.headline.map((item: { metric: { id: string } }) => item.metric.id)).toEqual(
        OVERVIEW_METRICS.map((metric) => metric.id),
      );
    });

    it('gives a rate with a zero denominator as null, not 0', async () => {
      const body = (
        await get('summary', { ...range, officeIds: app.ids.office['C镇人民政府'] }).expect(200)
      ).body;
      const rate = body.headline.find(
        (item: { metric: { id: string } }) => item.metric.id === 'correction_rate',
      );
      expect(rate.current).toMatchObject({ numerator: 0, denominator: 0, value: null, reports: 1 });
    });
  });

  describe('series and filters', () => {
    const newApplications = async (query: Record<string, string | number>) => {
      const body = (
        await get('series', { ...range, metrics: 'applications_new', ...query }).expect(200)
      ).body;
      return body.years.map(
        (year: {
          year: number;
          reports: number;
          values: Record<string, { value: number | null }>;
        }) => [year.year, year.reports, year.values['applications_new'].value],
      );
    };

    it('sums each year over current versions only', async () => {
      expect(await newApplications({})).toEqual([
        [2023, 2, 13],
        [2024, 3, 32],
      ]);
    });

    it('takes a region with its whole subtree, and combines every filter', async () => {
      expect(await newApplications({ regionIds: app.ids.region['东区'] })).toEqual([
        [2023, 2, 13],
        [2024, 2, 25],
      ]);
      expect(
        await newApplications({
          regionIds: `${app.ids.region['西区']},${app.ids.region['B街道']}`,
        }),
      ).toEqual([
        [2023, 0, null],
        [2024, 2, 12],
      ]);
      expect(
        await newApplications({
          regionIds: app.ids.region['示例省'],
          officeKinds: 'street,township',
          format: '2021',
        }),
      ).toEqual([
        [2023, 1, 10],
        [2024, 2, 25],
      ]);
      expect(
        await newApplications({
          officeIds: `${app.ids.office['A街道办事处']},${app.ids.office['C镇人民政府']}`,
          format: '2019',
        }),
      ).toEqual([
        [2023, 0, null],
        [2024, 1, 7],
      ]);
    });

    it('answers several metrics at once with n of m reports', async () => {
      const body = (
        await get('series', { ...range, metrics: 'disclosure_rate,review_corrected' }).expect(200)
      ).body;
      expect(body.metrics.map((metric: { id: string }) => metric.id)).toEqual([
        'disclosure_rate',
        'review_corrected',
      ]);
      expect(body.years[0].values['review_corrected']).toMatchObject({
        value: 1,
        reports: 1,
        missing: 1,
      });
    });
  });

  describe('breakdown', () => {
    it('groups by the districts of the tree, offices below them included', async () => {
      const body = (
        await get('breakdown', { ...range, metrics: 'applications_new', level: 'district' }).expect(
          200,
        )
      ).body;
      expect(
        body.groups.map(
          (group: { name: string; reports: number; values: Record<string, { value: number }> }) => [
            group.name,
            group.reports,
            group.values['applications_new'].value,
          ],
        ),
      ).toEqual([
        ['东区', 4, 38],
        ['西区', 1, 7],
      ]);
      expect(body.truncated).toBe(false);
    });

    it('groups by the children of a region, or by office', async () => {
      const children = (
        await get('breakdown', {
          ...range,
          metrics: 'applications_new',
          parentId: app.ids.region['东区'],
        }).expect(200)
      ).body;
      expect(
        children.groups.map(
          (group: { name: string; values: Record<string, { value: number }> }) => [
            group.name,
            group.values['applications_new'].value,
          ],
        ),
      ).toEqual([
        ['A街道', 30],
        ['B街道', 5],
      ]);
      const offices = (
        await get('breakdown', { ...range, metrics: 'disclosure_rate', groupBy: 'office' }).expect(
          200,
        )
      ).body;
      expect(
        offices.groups.find((group: { name: string }) => group.name === 'A街道办事处').values[
          'disclosure_rate'
        ],
      ).toMatchObject({
        numerator: 16,
        denominator: 30,
        reports: 2,
      });
    });
  });

  it('gives outcome, applicant and appeal distributions per year and over the range', async () => {
    const outcomes = (await get('outcomes', range).expect(200)).body;
    expect(outcomes.total.values['outcome_granted']).toMatchObject({ value: 23, reports: 5 });
    const applicants = (await get('applicants', range).expect(200)).body;
    expect(applicants.total.values['applicants_natural_person']).toMatchObject({
      value: 30,
      reports: 3,
      missing: 2,
    });
    expect(applicants.years[1].values['applicants_natural_person'].value).toBe(30);
    const appealsBody = (await get('appeals', range).expect(200)).body;
    expect(appealsBody.total.values['litigation_correction_rate']).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
    });
  });

  describe('ranking', () => {
    it('ranks offices by a rate with its n, ties broken by the larger denominator, with last year', async () => {
      const body = (await get('ranking', { ...range, metric: 'disclosure_rate' }).expect(200)).body;
      expect(body).toMatchObject({
        year: 2024,
        previousYear: 2023,
        order: 'desc',
        reports: 3,
        ranked: 3,
      });
      expect(
        body.items.map(
          (item: {
            rank: number;
            office: { name: string };
            current: { value: number; denominator: number; smallSample: boolean };
          }) => [
            item.rank,
            item.office.name,
            item.current.value,
            item.current.denominator,
            item.current.smallSample,
          ],
        ),
      ).toEqual([
        [1, 'C镇人民政府', 5 / 6, 6, false],
        [2, 'A街道办事处', 0.5, 20, false],
        [3, 'B街道办事处', 0.5, 4, true],
      ]);
      expect(body.items[1].previous).toMatchObject({ value: 0.6 });
      expect(body.items[1].change.absolute).toBeCloseTo(-0.1);
      expect(body.items[0].previous).toBeNull();
    });

    it('takes the bottom N of a count', async () => {
      const body = (
        await get('ranking', {
          ...range,
          metric: 'applications_new',
          order: 'asc',
          limit: 2,
        }).expect(200)
      ).body;
      expect(
        body.items.map((item: { office: { name: string }; current: { value: number } }) => [
          item.office.name,
          item.current.value,
        ]),
      ).toEqual([
        ['B街道办事处', 5],
        ['C镇人民政府', 7],
      ]);
    });
  });

  it('gives one metric per office and year in a matrix, null where no report', async () => {
    const body = (
      await get('matrix', {
        ...range,
        metric: 'applications_new',
        regionIds: app.ids.region['东区'],
      }).expect(200)
    ).body;
    expect(body.years).toEqual([2023, 2024]);
    expect(body.total).toBe(3);
    expect(
      body.rows.map((row: { office: { name: string }; values: ({ value: number } | null)[] }) => [
        row.office.name,
        row.values.map((value) => value?.value ?? null),
      ]),
    ).toEqual([
      ['A街道办事处', [10, 20]],
      ['B街道办事处', [null, 5]],
      ['D区民政局', [3, null]],
    ]);
  });

  it('marks each office and year present, failing or missing', async () => {
    const body = (await get('coverage', { ...range, pageSize: 2, page: 2 }).expect(200)).body;
    expect(body).toMatchObject({
      offices: 4,
      expected: 8,
      present: 5,
      missing: 3,
      failing: 1,
      page: 2,
      pageSize: 2,
    });
    expect(
      body.rows.map((row: { office: { name: string }; years: string[] }) => [
        row.office.name,
        row.years,
      ]),
    ).toEqual([
      ['C镇人民政府', ['missing', 'ok']],
      ['D区民政局', ['ok', 'missing']],
    ]);
    const first = (await get('coverage', { ...range, pageSize: 2 }).expect(200)).body;
    expect(first.rows[1]).toMatchObject({
      office: { name: 'B街道办事处' },
      years: ['missing', 'failing'],
    });
  });

  it('names the report behind each present cell, and lists only offices with a gap or an error', async () => {
    const first = (await get('coverage', { ...range, pageSize: 2 }).expect(200)).body;
    const b = first.rows[1] as { years: string[]; reportIds: (number | null)[] };
    expect(b.reportIds[0]).toBeNull();
    expect(b.reportIds[1]).toEqual(expect.any(Number));
    const failingReport = (await app.getPath(`/api/reports/${b.reportIds[1]}`).expect(200)).body;
    expect(failingReport.office.name).toBe('B街道办事处');

    const names = (body: { rows: { office: { name: string } }[] }) =>
      body.rows.map((row) => row.office.name);
    const failing = (await get('coverage', { ...range, only: 'failing' }).expect(200)).body;
    expect(names(failing)).toEqual(['B街道办事处']);
    expect(failing).toMatchObject({ offices: 4, rowsTotal: 1, failing: 1, only: 'failing' });
    const missing = (await get('coverage', { ...range, only: 'missing' }).expect(200)).body;
    expect(names(missing)).toEqual(['B街道办事处', 'C镇人民政府', 'D区民政局']);
    expect(missing).toMatchObject({ offices: 4, rowsTotal: 3, missing: 3 });
  });

  describe('validation', () => {
    it.each([
      ['series', { metrics: 'applications_new,nonsense' }, 'metrics: unknown "nonsense"'],
      ['series', {}, 'metrics is required'],
      [
        'summary',
        { yearFrom: '20x4' },
        'yearFrom must be a whole number from 2000 to 2100 (got "20x4")',
      ],
      [
        'summary',
        { yearFrom: 2025, yearTo: 2020 },
        'yearFrom (2025) must not be after yearTo (2020)',
      ],
      [
        'ranking',
        { metric: 'applications_new', order: 'sideways' },
        'order must be one of asc, desc (got "sideways")',
      ],
      ['ranking', { metric: 'applications_new,disclosure_rate' }, 'metric takes at most 1 values'],
      ['summary', { officeKinds: 'street,palace' }, 'officeKinds: unknown "palace"'],
      ['summary', { format: '2020' }, 'format must be one of 2019, 2021'],
      ['summary', { sort: 'name' }, 'unknown parameter sort'],
      [
        'breakdown',
        { metrics: 'applications_new', level: 'district', parentId: 1 },
        'exactly one of level or parentId',
      ],
      ['summary', { regionIds: 999999 }, 'regionIds: no region 999999'],
    ])('answers 400 naming the problem: %s %j', async (path, query, message) => {
      const res = await get(path, query as Record<string, string | number>).expect(400);
      expect(res.body.message).toContain(message);
    });
  });
});
