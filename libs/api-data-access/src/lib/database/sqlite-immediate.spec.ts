import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases';
import { openDataSource } from './data-source';

const run = promisify(execFile);
const WORKSPACE = resolve(__dirname, '../../../../..');
const WRITER = join(__dirname, '../testing/concurrent-writer.ts');
const TRANSACTIONS = 40;

function writer(path: string, prefix: string) {
  return run(
    process.execPath,
    ['-r', '@swc-node/register', WRITER, path, prefix, String(TRANSACTIONS)],
    {
      cwd: WORKSPACE,
      env: { ...process.env, SWC_NODE_PROJECT: join(WORKSPACE, 'tsconfig.base.json') },
    },
  );
}

describe('SQLite shared by several processes', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    await (await openDataSource(testDb.config)).destroy();
  });
  afterAll(() => testDb?.drop());

  it('lets two processes that read then write in each transaction both finish', async () => {
    const path = testDb.config.type === 'sqlite' ? testDb.config.path : '';
    const outcomes = await Promise.allSettled([writer(path, '甲'), writer(path, '乙')]);
    expect(
      outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'ok')),
    ).toEqual(['ok', 'ok']);
    const dataSource = await openDataSource(testDb.config);
    try {
      const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM offices');
      expect(Number(count)).toBe(2 * TRANSACTIONS);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);

  it('begins IMMEDIATE only on SQLite, leaving every other statement as it is', async () => {
    const dataSource = await openDataSource(testDb.config);
    const seen: string[] = [];
    const connection = dataSource.driver as unknown as {
      databaseConnection: { prepare: (sql: string) => unknown };
    };
    const prepare = connection.databaseConnection.prepare.bind(connection.databaseConnection);
    connection.databaseConnection.prepare = (sql: string) => {
      seen.push(sql);
      return prepare(sql);
    };
    try {
      await dataSource.transaction((manager) => manager.query('SELECT 42'));
    } finally {
      connection.databaseConnection.prepare = prepare;
      await dataSource.destroy();
    }
    expect(seen).toEqual(['BEGIN IMMEDIATE TRANSACTION', 'SELECT 42', 'COMMIT']);
  });
});
