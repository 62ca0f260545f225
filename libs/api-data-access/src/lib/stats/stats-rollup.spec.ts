import { MIGRATIONS } from '../migrations';
import { frozenStatements, type FrozenRollup } from '../migrations/rollup-step';
import { currentRollupSql, ROLLUP_DEPTH } from './stats-rollup';

/** The last migration that (re)built stats_rollup, with the SQL it froze. */
function lastRollupStep(): { name: string; rollup: FrozenRollup } {
  const steps = MIGRATIONS.map((migration) => new migration()).filter(
    (step): step is typeof step & { name: string; rollup: FrozenRollup } => 'rollup' in step,
  );
  const last = steps.at(-1);
  if (!last) throw new Error('no migration creates stats_rollup');
  return last;
}

describe('stats_rollup', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'is, on %s, what its last migration built: the current metric list and SQL (else generate a migration)',
    (dialect) => {
      const step = lastRollupStep();
      const current = currentRollupSql(dialect);
      for (const part of ['drop', 'create'] as const) {
        const frozen = frozenStatements(step.rollup, dialect, part);
        const same =
          frozen.length === current[part].length &&
          frozen.every((sql, index) => sql === current[part][index]);
        if (!same) {
          throw new Error(
            `stats_rollup as built by the current metric list and stats-rollup.ts differs from what ${step.name} froze (${dialect}, ${part}): run \`npm run migration:rollup -- <what-changed>\` and commit the migration it writes`,
          );
        }
      }
    },
  );

  it('fans out over region chains as deep as the region levels', () => {
    expect(ROLLUP_DEPTH).toBeGreaterThanOrEqual(5);
  });
});
