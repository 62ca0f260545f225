import { createAdmin, Database, openDataSource } from '@ogi/api-data-access';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { databaseConfig } from './ingest';

const USAGE = '<username> [--db file.sqlite]   (password from ADMIN_PASSWORD, else stdin)';

/** The password: ADMIN_PASSWORD, else the first line of stdin (never an argument: ps shows those). */
async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env['ADMIN_PASSWORD']) return env['ADMIN_PASSWORD'];
  if (process.stdin.isTTY) return '';
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`create-admin: ${message}\nusage: create-admin ${USAGE}\n`);
  return EXIT_USAGE;
}

export const createAdminCommand: Command = {
  name: 'create-admin',
  description:
    'Create an admin account in the database the api uses (DB_TYPE, SQLITE_PATH, DATABASE_URL or --db).',
  usage: USAGE,
  async run(args: string[], io: CliIo) {
    const dbAt = args.indexOf('--db');
    const db = dbAt >= 0 ? args[dbAt + 1] : undefined;
    if (dbAt >= 0 && !db) return usage(io, '--db needs a file');
    const rest = args.filter((_, i) => dbAt < 0 || (i !== dbAt && i !== dbAt + 1));
    if (rest.length !== 1 || rest[0].startsWith('-')) return usage(io, 'give one username');
    const config = databaseConfig(db, process.env);
    if (typeof config === 'string') return usage(io, config);
    const password = await readPassword(process.env);
    const dataSource = await openDataSource(config);
    try {
      const result = await createAdmin(new Database(dataSource), rest[0], password);
      if (result.status === 'created') {
        io.stdout.write(`admin ${rest[0]} created (id ${result.userId})\n`);
        return EXIT_OK;
      }
      const why = result.status === 'invalid' ? result.problem : `用户名 ${rest[0]} 已存在`;
      io.stderr.write(`create-admin: ${why}\n`);
      return EXIT_FAILURE;
    } finally {
      await dataSource.destroy();
    }
  },
};
