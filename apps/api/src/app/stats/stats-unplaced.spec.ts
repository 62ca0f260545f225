import { testDatabaseTypes } from '@ogi/api-data-access';
import { seededStatsApp, type SeedReport } from './stats.seed';

const REGIONS = [
  { name: '示例市', parent: null, level: 'city' },
  { name: '东区', parent: '示例市', level: 'district' },
] as const;

/** 东区民政局 is placed; 某街道办事处 was created by an upload that named no region. */
const OFFICES = [
  { name: '东区民政局', kind: 'department', region: '东区' },
  { name: '某街道办事处', kind: 'street', region: null },
  { name: '某镇人民政府', kind: 'township', region: null },
] as const;

const figures = { new_received_total: 5, handled_total: 5, granted_total: 2 };
const REPORTS: SeedReport[] = [
  { office: '东区民政局', year: 2024, format: '2021', figures },
  { office: '某街道办事处', year: 2023, format: '2021', figures },
];

describe.each(testDatabaseTypes())('coverage with offices without a region on %s', (type) => {
  const app = seededStatsApp(type, REGIONS, OFFICES, REPORTS);
  const get = (path: string) => app.get(path, { yearFrom: 2023, yearTo: 2024 });

  // Placed: 1 office × 2 years, 1 present; unplaced: only their 1 report is expected.
  const totals = { offices: 3, expected: 3, present: 2, missing: 1, unplaced: 2 };

  it('does not count the years an unplaced office has no report as missing', async () => {
    expect((await get('summary').expect(200)).body.coverage).toMatchObject(totals);
  });

  it('says the same on the coverage grid', async () => {
    expect((await get('coverage').expect(200)).body).toMatchObject(totals);
  });

  it('leaves them out under a region filter, where only placed offices are', async () => {
    const { body } = await app
      .get('summary', { yearFrom: 2023, yearTo: 2024, regionIds: app.ids.region['示例市'] })
      .expect(200);
    expect(body.coverage).toMatchObject({ offices: 1, expected: 2, missing: 1, unplaced: 0 });
  });
});
