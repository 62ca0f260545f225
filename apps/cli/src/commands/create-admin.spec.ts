import { Database, openDataSource, Repositories, verifyPassword } from '@ogi/api-data-access';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo } from '../testing/buffer-io';
import { createAdminCommand } from './create-admin';

describe('cli create-admin', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-cli-admin-'));
    db = join(dir, 'ogi.sqlite');
    process.env['ADMIN_PASSWORD'] = 'cli-admin-password';
  });
  afterEach(() => {
    delete process.env['ADMIN_PASSWORD'];
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(...args: string[]) {
    const io = bufferIo();
    const code = await createAdminCommand.run(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('creates an admin with a scrypt hash of the password from ADMIN_PASSWORD', async () => {
    const result = await run('root', '--db', db);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^admin root created/) });
    const dataSource = await openDataSource({ type: 'sqlite', path: db });
    try {
      const user = await new Database(dataSource).read((m) =>
        new Repositories(m).users.findByUsername('root'),
      );
      expect(user).toMatchObject({ role: 'admin', disabled: false });
      expect(await verifyPassword('cli-admin-password', user?.passwordHash ?? '')).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  }, 30_000);

  it('refuses a taken username, a short password and bad usage', async () => {
    expect((await run('root', '--db', db)).code).toBe(0);
    expect(await run('root', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/已存在/),
    });
    process.env['ADMIN_PASSWORD'] = 'short';
    expect(await run('other', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/至少需要 8 个字符/),
    });
    expect((await run('--db', db)).code).toBe(2);
    expect((await run('a', 'b', '--db', db)).code).toBe(2);
  }, 30_000);
});
