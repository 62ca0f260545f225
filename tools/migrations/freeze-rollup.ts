import type {
  FrozenDialectSql,
  FrozenPart,
  FrozenRollup,
} from '../../libs/api-data-access/src/lib/migrations/rollup-step';
import { frozenStatements } from '../../libs/api-data-access/src/lib/migrations/rollup-step';

type Dialect = 'sqlite' | 'postgres';

export interface RollupSqlText {
  /** The contribution upsert of each sign, split around its condition on reports. */
  apply: FrozenRollup['apply'];
  sqlite: { drop: string[]; create: string[] };
  postgres: { drop: string[]; create: string[] };
}

/** Splits a statement wherever it contains the contribution upsert (a trigger's body). */
function parts(statement: string, apply: FrozenRollup['apply']): string | FrozenPart[] {
  const pieces: FrozenPart[] = [];
  let rest = statement;
  for (;;) {
    const add = rest.indexOf(apply.add[0]);
    const subtract = rest.indexOf(apply.subtract[0]);
    const sign =
      add < 0 && subtract < 0
        ? null
        : subtract < 0 || (add >= 0 && add < subtract)
          ? ('add' as const)
          : ('subtract' as const);
    if (sign === null) break;
    const [before, after] = apply[sign];
    const start = rest.indexOf(before);
    const end = rest.indexOf(after, start + before.length);
    if (end < 0) throw new Error(`an upsert without its end in: ${statement.slice(0, 200)}`);
    if (start > 0) pieces.push(rest.slice(0, start));
    const where = rest.slice(start + before.length, end);
    pieces.push(sign === 'add' ? { add: where } : { subtract: where });
    rest = rest.slice(end + after.length);
  }
  if (pieces.length === 0) return statement;
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * The SQL of a rollup step as a migration freezes it; checked to give back exactly the text it
 * was made from.
 */
export function freezeRollup(sql: RollupSqlText): FrozenRollup {
  const dialect = (name: Dialect): FrozenDialectSql => ({
    drop: sql[name].drop,
    create: sql[name].create.map((statement) => parts(statement, sql.apply)),
  });
  const frozen: FrozenRollup = {
    apply: sql.apply,
    sqlite: dialect('sqlite'),
    postgres: dialect('postgres'),
  };
  for (const name of ['sqlite', 'postgres'] as const) {
    for (const part of ['drop', 'create'] as const) {
      const back = frozenStatements(frozen, name, part);
      const given = sql[name][part];
      if (back.length !== given.length || back.some((text, i) => text !== given[i])) {
        throw new Error(`the frozen ${name} ${part} SQL does not give back the text it froze`);
      }
    }
  }
  return frozen;
}

/** The upsert of `apply` split around a condition, for `RollupSqlText.apply`. */
export function splitApply(
  applySql: (sign: 1 | -1, where: string) => string,
): FrozenRollup['apply'] {
  const mark = '\u0000reports\u0000';
  const split = (sign: 1 | -1): [string, string] => {
    const pieces = applySql(sign, mark).split(mark);
    if (pieces.length !== 2) throw new Error('the upsert must hold its condition once');
    return [pieces[0], pieces[1]];
  };
  return { add: split(1), subtract: split(-1) };
}

/** The frozen SQL as one line of TypeScript (generated, compared by a spec, never edited). */
export const frozenLiteral = (frozen: FrozenRollup): string => JSON.stringify(frozen);
