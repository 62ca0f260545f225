/**
 * Writes the migration that rebuilds stats_rollup for the current metric list, with its SQL
 * frozen as text (SQLite and PostgreSQL), and registers it in migrations/index.ts. Run it after
 * adding a metric that report_figures can answer (stats-rollup.spec.ts says when):
 *
 *   npm run migration:rollup -- review-rate
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import {
  currentRollupMetrics,
  currentRollupSql,
  rollupApplySql,
} from '../../libs/api-data-access/src/lib/stats/stats-rollup';
import type { FrozenRollup } from '../../libs/api-data-access/src/lib/migrations/rollup-step';
import { freezeRollup, frozenLiteral, splitApply } from './freeze-rollup';

const ROOT = join(__dirname, '..', '..');
const MIGRATIONS_DIR = join(ROOT, 'libs/api-data-access/src/lib/migrations');
const INDEX = join(MIGRATIONS_DIR, 'index.ts');
const MIGRATION_FILE = /^(\d{13})-[a-z0-9-]+\.ts$/;
const FROZEN_EXPORT = 'export const ROLLUP_SQL: FrozenRollup';

const pascal = (name: string) =>
  name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** Metric ids of a frozen rollup, read from its upsert's column list. */
const metricIds = (rollup: FrozenRollup): Set<string> =>
  new Set([...rollup.apply.add[0].matchAll(/"([a-z0-9_]+)__n"/g)].map((match) => match[1]));

function listed(ids: readonly string[]): string {
  return ids.length > 0 ? ids.join(', ') : 'none';
}

async function main(): Promise<number> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    process.stderr.write('usage: npm run migration:rollup -- <name-in-kebab-case>\n');
    return 2;
  }
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort();
  const previousFile = files
    .filter((file) => readFileSync(join(MIGRATIONS_DIR, file), 'utf8').includes(FROZEN_EXPORT))
    .at(-1);
  if (!previousFile) throw new Error('no migration holds a frozen stats_rollup');
  const previousModule = `./${previousFile.replace(/\.ts$/, '')}`;
  const previous = (
    (await import(join(MIGRATIONS_DIR, previousModule))) as { ROLLUP_SQL: FrozenRollup }
  ).ROLLUP_SQL;

  const metrics = currentRollupMetrics();
  const rollup = freezeRollup({
    apply: splitApply((sign, where) => rollupApplySql(metrics, sign, where)),
    sqlite: currentRollupSql('sqlite'),
    postgres: currentRollupSql('postgres'),
  });
  const literal = frozenLiteral(rollup);
  if (literal === frozenLiteral(previous)) {
    process.stderr.write(
      `migration:rollup: stats_rollup is already what ${previousFile} builds; nothing written\n`,
    );
    return 1;
  }

  const lastTimestamp = Number(MIGRATION_FILE.exec(files.at(-1) ?? '')?.[1] ?? 0);
  const timestamp = Math.max(Date.now(), lastTimestamp + 1);
  const className = `${pascal(name)}${timestamp}`;
  const file = `${timestamp}-${name}.ts`;
  const before = metricIds(previous);
  const after = metricIds(rollup);
  const added = [...after].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !after.has(id));
  const source = `import { ROLLUP_SQL as PREVIOUS_ROLLUP_SQL } from '${previousModule}';
import { RollupRebuild, type FrozenRollup } from './rollup-step';

/**
 * Rebuilds stats_rollup for the metric list as it was when written (metrics added:
 * ${listed(added)}; removed: ${listed(removed)}). Written by
 * \`npm run migration:rollup -- ${name}\`: its SQL is frozen text, never to be edited; a later
 * change to the rollup is a new migration.
 */
// prettier-ignore
${FROZEN_EXPORT} = ${literal};

export class ${className} extends RollupRebuild {
  constructor() {
    super('${className}', ROLLUP_SQL, PREVIOUS_ROLLUP_SQL);
  }
}
`;
  const options = { ...(await prettier.resolveConfig(INDEX)), parser: 'typescript' };
  writeFileSync(join(MIGRATIONS_DIR, file), await prettier.format(source, options));

  const index = readFileSync(INDEX, 'utf8');
  const lastImport = index.lastIndexOf('\nimport ');
  const afterImports = index.indexOf('\n', lastImport + 1) + 1;
  const listEnd = index.lastIndexOf('];');
  if (lastImport < 0 || listEnd < afterImports) throw new Error(`cannot read ${INDEX}`);
  const registered =
    index.slice(0, afterImports) +
    `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n` +
    index.slice(afterImports, listEnd) +
    `  ${className},\n` +
    index.slice(listEnd);
  writeFileSync(INDEX, await prettier.format(registered, options));
  process.stdout.write(
    `wrote ${relative(ROOT, join(MIGRATIONS_DIR, file))} (metrics added: ${listed(added)}; removed: ${listed(removed)}) and registered ${className} in ${relative(ROOT, INDEX)}\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`migration:rollup: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
