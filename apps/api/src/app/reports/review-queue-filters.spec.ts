import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { seededStatsApp, type SeedReport } from '../stats/stats.seed';

// The review queue takes every filter of 总览, so its 校验不通过 list is as long as 总览's
// "N 份有错误" (summary coverage.failing) under any of them.

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the review queue filter tests on PostgreSQL', () => undefined);
  });
}

const failing = (office: string, year: number, format: '2019' | '2021'): SeedReport => ({
  office,
  year,
  format,
  figures: {},
  failing: true,
});
const clean = (office: string, year: number, format: '2019' | '2021'): SeedReport => ({
  office,
  year,
  format,
  figures: {},
});

const DISTRICTS = ['东区', '西区'];

describe.each(testDatabaseTypes())('the review queue under 总览 filters on %s', (type) => {
  const app = seededStatsApp(
    type,
    [
      { name: '市', parent: null, level: 'city' },
      ...DISTRICTS.map((name) => ({ name, parent: '市', level: 'district' as const })),
    ],
    // Two offices of two kinds in each district.
    DISTRICTS.flatMap((region) =>
      (['street', 'department'] as const).map((kind) => ({
        name: `${region}${kind === 'street' ? '街道' : '部门'}`,
        kind,
        region,
      })),
    ),
    [
      failing('东区街道', 2020, '2019'),
      failing('东区街道', 2022, '2021'),
      clean('东区部门', 2020, '2019'),
      failing('东区部门', 2023, '2021'),
      failing('西区街道', 2023, '2021'),
      failing('西区部门', 2020, '2019'),
      clean('西区部门', 2023, '2021'),
    ],
  );
  const overviewFailing = async (query: Record<string, string>) =>
    (await app.get('summary', query).expect(200)).body.coverage.failing as number;
  const queueFailing = async (query: Record<string, string>) =>
    (await app.getPath(`/api/reports?${new URLSearchParams({ ...query, problem: 'failing' })}`))
      .body.total as number;

  it('counts as many reports with errors as 总览 under each filter and combination', async () => {
    const { region, office } = app.ids;
    const years = { yearFrom: '2019', yearTo: '2025' };
    const filters: Record<string, string>[] = [
      {},
      { officeKinds: 'street' },
      { officeKinds: 'department' },
      { format: '2019' },
      { format: '2021' },
      { regionIds: String(region['东区']) },
      { officeIds: `${office['东区部门']},${office['西区部门']}` },
      { officeKinds: 'department', format: '2021' },
      { officeIds: `${office['东区部门']},${office['西区部门']}`, format: '2019' },
      { regionIds: String(region['西区']), officeKinds: 'street', format: '2021' },
      { regionIds: String(region['东区']), format: '2019', yearFrom: '2020', yearTo: '2021' },
    ];
    const counts = [];
    for (const filter of filters) {
      const query = { ...years, ...filter };
      const [overview, queue] = [await overviewFailing(query), await queueFailing(query)];
      counts.push({ filter, overview, queue });
    }
    expect(counts.map(({ filter, queue }) => ({ filter, count: queue }))).toEqual(
      counts.map(({ filter, overview }) => ({ filter, count: overview })),
    );
    // The filters do narrow the list (a queue that ignored them would agree only by chance).
    expect(counts.map(({ queue }) => queue)).toEqual([5, 3, 2, 2, 3, 3, 2, 1, 1, 1, 1]);
  });

  it('refuses an unknown office kind and an unknown region, as 总览 does', async () => {
    await app.getPath('/api/reports?officeKinds=bank').expect(400);
    await app.getPath('/api/reports?regionIds=99999').expect(400);
  });
});
