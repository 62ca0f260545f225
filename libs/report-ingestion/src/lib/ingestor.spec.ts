import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Database,
  openDataSource,
  POSTGRES_SKIPPED,
  Repositories,
  createTestDatabase,
  testDatabaseTypes,
  type TestDatabase,
} from '@ogi/api-data-access';
import { closeExtractors } from '@ogi/report-extract';
import { IngestTargetError } from './ingest-target';
import { Ingestor, type IngestTiming } from './ingestor';

const CORPUS = join(__dirname, '../../../report-extract/src/fixtures/corpus');
const DONGXING = readFileSync(join(CORPUS, 'sample-dongxing-2025.txt'));
// The same report a year earlier: another office and year than the other tests store.
const DONGXING_2024 = Buffer.from(DONGXING.toString('utf8').replace(/2025/g, '2024'), 'utf8');
const WENDENG = readFileSync(join(CORPUS, 'wendeng-flipbook-audit-2020-p9.txt')); // no office

function targetError(promise: Promise<unknown>): Promise<IngestTargetError> {
  return promise.then(
    () => {
      throw new Error('expected an IngestTargetError');
    },
    (err: unknown) => {
      if (!(err instanceof IngestTargetError)) throw err;
      return err;
    },
  );
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the ingestion tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('Ingestor on %s', (type) => {
  let testDb: TestDatabase;
  let db: Database;
  let ingestor: Ingestor;
  let cityId: number;

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    db = new Database(await openDataSource(testDb.config));
    ingestor = new Ingestor(db);
    cityId = await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const province = await repos.regions.create({ name: '辽宁省', level: 'province' });
      const city = await repos.regions.create({
        name: '铁岭市',
        level: 'city',
        parentId: province.id,
      });
      const other = await repos.regions.create({
        name: '沈阳市',
        level: 'city',
        parentId: province.id,
      });
      await repos.regions.create({ name: '新城区', level: 'district', parentId: city.id });
      await repos.regions.create({ name: '新城区', level: 'district', parentId: other.id });
      return city.id;
    });
  });
  afterAll(async () => {
    await closeExtractors();
    await db?.dataSource.destroy();
    await testDb?.drop();
  });

  it('refuses unknown overrides with every problem listed, storing nothing', async () => {
    const err = await targetError(
      ingestor.ingest([{ name: 'a.txt', bytes: DONGXING }], { officeId: 999, regionId: 998 }),
    );
    expect(err.problems).toEqual(['officeId 999: no such office', 'regionId 998: no such region']);
    expect(err.message).toBe(
      'officeId 999: no such office; regionId 998: no such region; nothing was stored',
    );
    expect(await db.read((manager) => manager.query('SELECT id FROM source_files'))).toEqual([]);
  });

  it('finds a region by its name path, and asks for more when the path is ambiguous or unknown', async () => {
    const target = await ingestor.resolveTarget({ regionPath: ['辽宁省', '铁岭市'] });
    expect(target.region?.id).toBe(cityId);
    expect(
      (await targetError(ingestor.resolveTarget({ regionPath: ['新城区'] }))).problems[0],
    ).toMatch(/^region 新城区: matches 2 regions .*; give its id or a longer path$/);
    expect((await ingestor.resolveTarget({ regionPath: ['铁岭市', '新城区'] })).region?.name).toBe(
      '新城区',
    );
    expect(
      (await targetError(ingestor.resolveTarget({ regionPath: ['铁岭市', '老城区'] }))).problems,
    ).toEqual(['region 铁岭市/老城区: no such region']);
  });

  it('stores a report as created in the region given, then the same bytes as a duplicate and other bytes as a new version', async () => {
    const target = await ingestor.resolveTarget({ regionPath: ['铁岭市'] });
    const timing: IngestTiming = { readMs: 0, storeMs: 0 };
    const [created] = await ingestor.ingestFile(
      { name: 'dx.txt', bytes: DONGXING },
      target,
      timing,
    );
    expect(created).toMatchObject({ status: 'created', year: 2025, error: null });
    expect(created.office?.regionId).toBe(cityId);
    expect(timing.readMs).toBeGreaterThan(0);
    expect(timing.storeMs).toBeGreaterThan(0);
    const [duplicate] = await ingestor.ingestFile({ name: 'again.txt', bytes: DONGXING }, target);
    expect(duplicate).toMatchObject({ status: 'duplicate', reportId: created.reportId });
    const [version] = await ingestor.ingestFile(
      { name: 'dx2.txt', bytes: Buffer.concat([DONGXING, Buffer.from('\n更正\n')]) },
      target,
    );
    expect(version).toMatchObject({ status: 'new_version', office: created.office });
  });

  it('keeps a report without its office as needs_input, and a non-report as failed with its bytes', async () => {
    const results = await ingestor.ingest(
      [
        { name: 'wendeng.txt', bytes: WENDENG },
        { name: 'notice.txt', bytes: Buffer.from('关于召开年度工作会议的通知\n', 'utf8') },
      ],
      {},
    );
    expect(results.map((result) => [result.status, result.error?.code])).toEqual([
      ['needs_input', 'office_not_stated'],
      ['failed', 'not_a_report'],
    ]);
    const stored = await db.read((manager) =>
      new Repositories(manager).reports.findById(results[1].reportId ?? 0),
    );
    expect(stored?.status).toBe('failed');
  });

  it('reads a stored report again to the same cells, findings and figures, and answers a report that is gone', async () => {
    const [stored] = await ingestor.ingest([{ name: 'reread.txt', bytes: DONGXING_2024 }], {
      regionPath: ['铁岭市'],
    });
    const id = stored.reportId ?? 0;
    const contentOf = () =>
      db.read(async (manager) => {
        const repos = new Repositories(manager);
        return {
          cells: await repos.reports.cellsOf(id),
          findings: await repos.reports.findingsOf(id),
          figures: await repos.reports.figuresOf(id),
        };
      });
    const before = await contentOf();
    const result = await ingestor.rereadReport(id);
    expect(result).toMatchObject({
      reportId: id,
      file: 'reread.txt',
      outcome: 'unchanged',
      statusBefore: 'ok',
      statusAfter: 'ok',
      changedCells: [],
      findingsAfter: before.findings.length,
      error: null,
    });
    const after = await contentOf();
    expect(after.cells).toEqual(before.cells);
    // Findings are stored again as new rows: the same but for their ids.
    const withoutIds = (rows: typeof before.findings) => rows.map((row) => ({ ...row, id: 0 }));
    expect(withoutIds(after.findings)).toEqual(withoutIds(before.findings));
    expect(after.figures).toEqual(before.figures);
    expect(await ingestor.rereadReport(999_999)).toMatchObject({
      outcome: 'failed',
      error: { code: 'not_found' },
    });
  });
});
