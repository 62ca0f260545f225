import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { openXlsx } from '@ogi/report-exports/testing';
import { seedStats, type SeedReport } from '../stats/stats.seed';
import { asBytes, createTestApp, type TestApp } from '../testing/test-app';

const REGIONS = [{ name: '恶意区', parent: null, level: 'district' }] as const;

/** Office names an uploader chose to run as formulas in whoever opens the export. */
const HOSTILE = [
  '=HYPERLINK("http://evil","x")街道办事处',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3镇',
] as const;

const report = (office: string, received: number): SeedReport => ({
  office,
  year: 2024,
  format: '2021',
  figures: { new_received_total: received, handled_total: received, granted_total: 1 },
});

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the formula export tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('exports of hostile office names on %s', (type) => {
  let t: TestApp;
  let region: number;
  const query = () => `yearFrom=2024&yearTo=2024&regionIds=${region}`;
  const get = (path: string) => t.http.get(path).buffer(true).parse(asBytes).expect(200);

  beforeAll(async () => {
    t = await createTestApp(type);
    const offices = HOSTILE.map((name) => ({ name, kind: 'street', region: '恶意区' }) as const);
    const ids = await seedStats(
      t.db,
      REGIONS,
      offices,
      HOSTILE.map((name, index) => report(name, 100 + index)),
    );
    region = ids.region['恶意区'];
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('writes the top offices CSV with each name as text behind an apostrophe, counts as numbers', async () => {
    const res = await get(`/api/exports/data/top-offices?fileFormat=csv&${query()}`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")街道办事处"`);
    expect(text).toContain(`'+cmd|' /C calc'!A0`);
    expect(text).toContain(`'@SUM(1+1)`);
    expect(text).toContain(`'-2+3镇`);
    const lines = text.slice(1).split('\r\n');
    for (const line of lines.slice(1).filter(Boolean)) expect(line).toMatch(/^"?'/);
    expect(lines.some((line) => /,10[0-3](,|$)/.test(line))).toBe(true);
  });

  it('writes the top offices XLSX with each name as text behind an apostrophe', async () => {
    const res = await get(`/api/exports/data/top-offices?fileFormat=xlsx&${query()}`);
    const { rows } = await openXlsx(res.body as Buffer);
    const names = rows.flat().filter((cell): cell is string => typeof cell === 'string');
    for (const name of HOSTILE) {
      expect(names).toContain(`'${name}`);
      expect(names).not.toContain(name);
    }
  });
});
