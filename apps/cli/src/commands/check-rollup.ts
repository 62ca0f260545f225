import {
  connectDataSource,
  createDataSourceOptions,
  rollupDifferences,
  storedRollupSums,
  type RollupDifference,
} from '@ogi/api-data-access';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { databaseConfig } from './ingest';

const USAGE = '[--db file.sqlite] [--limit N]';
const DEFAULT_LIMIT = 50;

function usage(io: CliIo, message: string): number {
  io.stderr.write(`check-rollup: ${message}\nusage: check-rollup ${USAGE}\n`);
  return EXIT_USAGE;
}

const line = (d: RollupDifference) =>
  `region ${d.regionId}\t${d.year}\t${d.kind || '-'}\t${d.format || '-'}\t${d.column}\tstored ${d.stored}\trecomputed ${d.recomputed}\n`;

/**
 * Compares the stats rollup of a database, as stored, with a recomputation from the reports'
 * figures. Connects without migrating, so a database from an older version is checked as it is.
 */
export const checkRollupCommand: Command = {
  name: 'check-rollup',
  description:
    'Compare stats_rollup with a recomputation from report_figures; print each difference, exit 1 if any (DB_TYPE, SQLITE_PATH, DATABASE_URL or --db).',
  usage: USAGE,
  async run(args: string[], io: CliIo) {
    let db: string | undefined;
    let limit = DEFAULT_LIMIT;
    for (let i = 0; i < args.length; i += 1) {
      const value = args[i + 1];
      if (args[i] === '--db' && value !== undefined) db = value;
      else if (args[i] === '--limit' && value !== undefined && /^\d+$/.test(value)) {
        limit = Number(value);
      } else return usage(io, `unknown or incomplete argument ${args[i]}`);
      i += 1;
    }
    const config = databaseConfig(db, process.env);
    if (typeof config === 'string') return usage(io, config);
    const dataSource = await connectDataSource(createDataSourceOptions(config));
    try {
      if (await dataSource.showMigrations()) {
        io.stderr.write('check-rollup: this database has migrations the api has not run yet\n');
      }
      let differences: RollupDifference[];
      try {
        const sums = await storedRollupSums(dataSource.manager);
        differences = await rollupDifferences(dataSource.manager, sums);
      } catch (err) {
        io.stderr.write(`check-rollup: cannot read stats_rollup: ${(err as Error).message}\n`);
        return EXIT_FAILURE;
      }
      if (differences.length === 0) {
        io.stdout.write('stats_rollup equals a recomputation from report_figures: no difference\n');
        return EXIT_OK;
      }
      for (const difference of differences.slice(0, limit)) io.stdout.write(line(difference));
      const more = differences.length - Math.min(limit, differences.length);
      io.stdout.write(
        `${differences.length} values of stats_rollup differ from a recomputation${more > 0 ? ` (${more} not listed: --limit)` : ''}\n`,
      );
      return EXIT_FAILURE;
    } finally {
      await dataSource.destroy();
    }
  },
};
