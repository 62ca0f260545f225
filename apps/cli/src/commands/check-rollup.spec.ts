import { openDataSource } from '@ogi/api-data-access';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo } from '../testing/buffer-io';
import { checkRollupCommand } from './check-rollup';

describe('cli check-rollup', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-cli-rollup-'));
    db = join(dir, 'ogi.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]) {
    const io = bufferIo();
    const code = await checkRollupCommand.run(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('prints no difference for a rollup the triggers kept, and each difference of a tampered one', async () => {
    const dataSource = await openDataSource({ type: 'sqlite', path: db });
    await dataSource.destroy();
    expect(await run('--db', db)).toMatchObject({
      code: 0,
      out: expect.stringContaining('no difference'),
    });

    const tamper = await openDataSource({ type: 'sqlite', path: db });
    await tamper.query(
      `INSERT INTO "stats_rollup" ("region_id", "year", "kind", "format", "reports", "applications_new__n")
       VALUES (3, 2024, 'street', '2021', 2, 9)`,
    );
    await tamper.destroy();
    const result = await run('--db', db, '--limit', '1');
    expect(result.code).toBe(1);
    expect(result.out).toContain('region 3\t2024\tstreet\t2021\treports\tstored 2\trecomputed 0');
    expect(result.out).toContain(
      '2 values of stats_rollup differ from a recomputation (1 not listed',
    );
  }, 30_000);

  it('compares a database not yet migrated to the exact rollup with its own float sums', async () => {
    const dataSource = await openDataSource({ type: 'sqlite', path: db });
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.query(
      `INSERT INTO "stats_rollup" ("region_id", "year", "kind", "format", "admin_fees_amount__n")
       VALUES (0, 2024, 'street', '2021', 0.30000000000000004)`,
    );
    await dataSource.destroy();
    const result = await run('--db', db);
    expect(result.err).toContain('migrations the api has not run yet');
    expect(result.out).toContain('admin_fees_amount__n\tstored 0.30000000000000004\trecomputed 0');
  }, 30_000);

  it('refuses unknown arguments', async () => {
    expect(await run('--bogus')).toMatchObject({ code: 2, err: expect.stringContaining('usage') });
  });
});
