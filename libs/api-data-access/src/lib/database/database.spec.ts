import { DataSource } from 'typeorm';
import { FIGURE_COLUMNS } from '../figures/report-figures';
import { MIGRATIONS } from '../migrations';
import { ExactRollup1765065600000 } from '../migrations/1765065600000-exact-rollup';
import { OcrJobs1796767000000 } from '../migrations/1796767000000-ocr-jobs';
import { Repositories } from '../repositories/repositories';
import {
  createTestDatabase,
  POSTGRES_SKIPPED,
  testDatabaseTypes,
  type TestDatabase,
} from '../testing/test-databases';
import { createDataSourceOptions, migrateDatabase, openDataSource } from './data-source';
import { Database, isUniqueViolation } from './database';

const TABLES = [
  'corrections',
  'demo_state',
  'office_aliases',
  'office_merges',
  'offices',
  'regions',
  'report_cells',
  'report_figures',
  'report_findings',
  'reports',
  'source_files',
  'stats_rollup',
];
/** The accounts migration's tables. */
const ACCOUNT_TABLES = ['login_throttle', 'sessions', 'users'];
const SELECTION_TABLES = ['selection_items', 'selections'];
/** The OCR jobs migration's tables. */
const OCR_TABLES = ['ocr_jobs', 'source_pages'];

async function rollupTriggers(dataSource: DataSource): Promise<number> {
  const rows: { n: number | string }[] = await dataSource.query(
    dataSource.options.type === 'postgres'
      ? `SELECT COUNT(*) AS n FROM information_schema.triggers WHERE trigger_name LIKE 'stats_rollup%'`
      : `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'stats_rollup%'`,
  );
  return Number(rows[0].n);
}

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  return rows
    .map((row) => row.name)
    .filter(
      (name) =>
        TABLES.includes(name) ||
        ACCOUNT_TABLES.includes(name) ||
        SELECTION_TABLES.includes(name) ||
        OCR_TABLES.includes(name),
    )
    .sort();
}

async function columnType(dataSource: DataSource, table: string, column: string): Promise<string> {
  const rows: { type: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT data_type AS type FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`,
          [table, column],
        )
      : await dataSource.query(`SELECT type FROM pragma_table_info(?) WHERE name = ?`, [
          table,
          column,
        ]);
  return rows[0]?.type.toLowerCase() ?? '';
}

async function columnNames(dataSource: DataSource, table: string): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      : await dataSource.query(`SELECT name FROM pragma_table_info('${table}')`);
  return rows.map((row) => row.name);
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the database tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('database on %s', (type) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let db: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    dataSource = await openDataSource(testDb.config);
    db = new Database(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await testDb?.drop();
  });

  it('is created by the migrations, with report_figures holding every figure column', async () => {
    expect(await tableNames(dataSource)).toEqual(
      [...TABLES, ...ACCOUNT_TABLES, ...SELECTION_TABLES, ...OCR_TABLES].sort(),
    );
    expect(await columnNames(dataSource, 'report_figures')).toEqual([
      'report_id',
      'flags',
      ...FIGURE_COLUMNS.map((column) => column.column),
    ]);
  });

  it('runs no migration twice', async () => {
    expect(await migrateDatabase(dataSource)).toEqual([]);
    const second = new DataSource(createDataSourceOptions(testDb.config));
    await second.initialize();
    try {
      expect(await second.showMigrations()).toBe(false);
    } finally {
      await second.destroy();
    }
  });

  it('finds a region subtree by its materialised path', async () => {
    const ids = await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const province = await repos.regions.create({
        name: '辽宁省',
        level: 'province',
        code: '210000',
      });
      const city = await repos.regions.create({
        name: '铁岭市',
        level: 'city',
        parentId: province.id,
      });
      const county = await repos.regions.create({
        name: '昌图县',
        level: 'district',
        parentId: city.id,
      });
      const other = await repos.regions.create({
        name: '沈阳市',
        level: 'city',
        parentId: province.id,
      });
      return { province, city, county, other };
    });
    expect(ids.county.path).toBe(`/${ids.province.id}/${ids.city.id}/${ids.county.id}/`);
    const subtree = await db.read((manager) => new Repositories(manager).regions.subtree(ids.city));
    expect(subtree.map((region) => region.name)).toEqual(['铁岭市', '昌图县']);
  });

  it('matches offices by normalised name or alias within a region, and lists every candidate', async () => {
    const result = await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const root = await repos.regions.create({ name: '测试市', level: 'city' });
      const a = await repos.regions.create({ name: '甲区', level: 'district', parentId: root.id });
      const b = await repos.regions.create({ name: '乙区', level: 'district', parentId: root.id });
      const inA = await repos.offices.create({
        name: '东兴街道办事处',
        kind: 'street',
        regionId: a.id,
        aliases: ['东兴街道'],
      });
      const inB = await repos.offices.create({ name: '东兴街道', kind: 'street', regionId: b.id });
      return {
        a,
        root,
        inA,
        inB,
        inRegionA: await repos.offices.findByName('东兴 街道', a),
        underRoot: await repos.offices.findByName('东兴街道', root),
        byFullName: await repos.offices.findByName('东兴街道办事处', null),
      };
    });
    expect(result.inRegionA.map((office) => office.id)).toEqual([result.inA.id]);
    expect(result.underRoot.map((office) => office.id)).toEqual([result.inA.id, result.inB.id]);
    expect(result.byFullName.map((office) => office.id)).toEqual([result.inA.id]);
  });

  it('rejects a second file with the same sha256 and rolls the whole transaction back', async () => {
    const file = {
      sha256: 'a'.repeat(64),
      fileName: 'x.txt',
      mediaType: 'text/plain',
      size: 1,
      content: Buffer.from('x'),
    };
    await db.write((manager) => new Repositories(manager).sourceFiles.insert(file));
    let caught: unknown;
    try {
      await db.write(async (manager) => {
        const repos = new Repositories(manager);
        await repos.offices.create({ name: '回滚测试办公室', kind: 'department', regionId: null });
        await repos.sourceFiles.insert({ ...file, fileName: 'y.txt' });
      });
    } catch (err) {
      caught = err;
    }
    expect(isUniqueViolation(caught)).toBe(true);
    const left = await db.read((manager) =>
      new Repositories(manager).offices.findByName('回滚测试办公室', null),
    );
    expect(left).toEqual([]);
    const stored = await db.read((manager) =>
      new Repositories(manager).sourceFiles.findWithContent(1),
    );
    expect(Buffer.from(stored?.content ?? []).toString()).toBe('x');
  });

  it('keeps overlapping transactions apart', async () => {
    const insertOffice = (name: string, fail: boolean) =>
      db.write(async (manager) => {
        const repos = new Repositories(manager);
        await repos.offices.create({ name, kind: 'department', regionId: null });
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (fail) throw new Error('boom');
      });
    const outcomes = await Promise.allSettled([
      insertOffice('并发甲', true),
      insertOffice('并发乙', false),
      insertOffice('并发丙', true),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    const found = await db.read(async (manager) => {
      const repos = new Repositories(manager);
      return [
        ...(await repos.offices.findByName('并发甲', null)),
        ...(await repos.offices.findByName('并发乙', null)),
        ...(await repos.offices.findByName('并发丙', null)),
      ].map((office) => office.name);
    });
    expect(found).toEqual(['并发乙']);
  });

  it('can undo the migrations and run them again on an empty database', async () => {
    const other = await createTestDatabase(type);
    const source = await openDataSource(other.config);
    try {
      expect(await tableNames(source)).toEqual(
        [...TABLES, ...ACCOUNT_TABLES, ...SELECTION_TABLES, ...OCR_TABLES].sort(),
      );
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual(
        [...TABLES, ...ACCOUNT_TABLES, ...SELECTION_TABLES].sort(),
      );
      // The rollup rebuilds generated after the exact rollup (metrics added) each leave the
      // exact rollup of the step before them.
      const exactRollup = MIGRATIONS.indexOf(ExactRollup1765065600000);
      const lastRollup = MIGRATIONS.indexOf(OcrJobs1796767000000) - 1;
      for (let step = lastRollup; step >= exactRollup; step -= 1) {
        expect(await columnType(source, 'stats_rollup', 'admin_fees_amount__n')).toMatch(
          /^(integer|bigint)$/,
        );
        expect(await rollupTriggers(source)).toBeGreaterThan(0);
        await source.undoLastMigration({ transaction: 'each' });
      }
      expect(await columnType(source, 'stats_rollup', 'admin_fees_amount__n')).toMatch(
        /^(real|double precision)$/,
      );
      expect(await rollupTriggers(source)).toBeGreaterThan(0);
      expect(await columnNames(source, 'source_files')).toContain('uploaded_by');
      await source.undoLastMigration({ transaction: 'each' });
      expect(await columnNames(source, 'source_files')).not.toContain('uploaded_by');
      expect(await tableNames(source)).toEqual(
        [...TABLES, ...ACCOUNT_TABLES, ...SELECTION_TABLES].sort(),
      );
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual([...TABLES, ...ACCOUNT_TABLES].sort());
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual(TABLES);
      expect(await rollupTriggers(source)).toBeGreaterThan(0);
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual(TABLES.filter((table) => table !== 'stats_rollup'));
      expect(await rollupTriggers(source)).toBe(0);
      expect(await columnNames(source, 'reports')).toContain('text_figures');
      await source.undoLastMigration({ transaction: 'each' });
      expect(await columnNames(source, 'reports')).not.toContain('text_figures');
      expect(await tableNames(source)).toEqual(TABLES.filter((table) => table !== 'stats_rollup'));
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual(
        TABLES.filter((table) => table !== 'office_merges' && table !== 'stats_rollup'),
      );
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual(
        TABLES.filter(
          (table) =>
            table !== 'demo_state' && table !== 'office_merges' && table !== 'stats_rollup',
        ),
      );
      expect(await columnNames(source, 'reports')).not.toContain('is_demo');
      await source.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(source)).toEqual([]);
      expect(await migrateDatabase(source)).toEqual([
        'InitialSchema1764201600000',
        'DemoData1764288000000',
        'OfficeMerges1764374400000',
        'ReportTextFigures1764460800000',
        'StatsRollup1764720000000',
        'Accounts1764806400000',
        'Selections1764892800000',
        'SourceFileUploader1764979200000',
        'ExactRollup1765065600000',
        ...MIGRATIONS.slice(exactRollup + 1).map((migration) => migration.name),
      ]);
      expect(await columnNames(source, 'regions')).toContain('is_demo');
      expect(await tableNames(source)).toEqual(
        [...TABLES, ...ACCOUNT_TABLES, ...SELECTION_TABLES, ...OCR_TABLES].sort(),
      );
    } finally {
      await source.destroy();
      await other.drop();
    }
  }, 60_000);
});
