/**
 * A second process writing the same SQLite file (run by sqlite-immediate.spec.ts):
 * `concurrent-writer.ts <sqlite path> <name prefix> <transactions>`. Each transaction reads,
 * waits so that the other process can commit meanwhile, then writes. Exits 1 on any error.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Database } from '../database/database';
import { openDataSource } from '../database/data-source';
import { Repositories } from '../repositories/repositories';

async function main(): Promise<void> {
  const [path, prefix, count] = process.argv.slice(2);
  const dataSource = await openDataSource({ type: 'sqlite', path });
  const db = new Database(dataSource);
  try {
    for (let index = 0; index < Number(count); index += 1) {
      await db.write(async (manager) => {
        const repos = new Repositories(manager);
        await repos.offices.findByName(`${prefix}${index - 1}`, null);
        await sleep(2);
        await repos.offices.create({
          name: `${prefix}${index}`,
          kind: 'department',
          regionId: null,
        });
      });
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
});
