import type { EntityManager } from 'typeorm';
import { inRegionSubtrees } from '../repositories/region-paths';

export type SelectionKind = 'office' | 'region';

export interface StoredSelection {
  id: string;
  officeCount: number;
  regionCount: number;
  createdAt: number;
  createdBy: number | null;
}

export interface NewSelection {
  id: string;
  /** Sorted, de-duplicated and checked by the caller. */
  officeIds: readonly number[];
  regionIds: readonly number[];
  createdAt: number;
  createdBy: number;
}

/** An office or region id with its region's materialised path (null: an office with no region). */
export interface IdPath {
  id: number;
  path: string | null;
}

type RawRow = Record<string, string | number | null>;

/** Ids per `IN (…)` or multi-row insert: far under SQLite's 32,766 bound parameters. */
const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    out.push(items.slice(start, start + CHUNK));
  }
  return out;
}

/**
 * Stored selections (lists of office and region ids under one content-addressed id). The stats
 * queries read `selection_items` in a subquery (see stats-scope.ts); this repository stores,
 * finds and lists them.
 */
export class SelectionsRepository {
  constructor(private readonly manager: EntityManager) {}

  async find(id: string): Promise<StoredSelection | null> {
    const row = await this.manager
      .createQueryBuilder()
      .from('selections', 's')
      .select([
        's.id AS id',
        's.office_count AS "officeCount"',
        's.region_count AS "regionCount"',
        's.created_at AS "createdAt"',
        's.created_by AS "createdBy"',
      ])
      .where('s.id = :id', { id })
      .getRawOne<RawRow>();
    if (!row) return null;
    return {
      id: String(row['id']),
      officeCount: Number(row['officeCount']),
      regionCount: Number(row['regionCount']),
      createdAt: Number(row['createdAt']),
      createdBy: row['createdBy'] === null ? null : Number(row['createdBy']),
    };
  }

  /**
   * Stores a selection unless one with its id exists (the id stands for its lists, so the one
   * stored is the same). Answers whether it was new. Safe against a concurrent insert of the same.
   */
  async insert(selection: NewSelection): Promise<boolean> {
    const postgres = this.manager.connection.options.type === 'postgres';
    const mark = (n: number) => (postgres ? `$${n}` : '?');
    const inserted: unknown[] = await this.manager.query(
      `INSERT INTO "selections" ("id", "office_count", "region_count", "created_at", "created_by")
       VALUES (${[1, 2, 3, 4, 5].map(mark).join(', ')})
       ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
      [
        selection.id,
        selection.officeIds.length,
        selection.regionIds.length,
        selection.createdAt,
        selection.createdBy,
      ],
    );
    if (inserted.length === 0) return false;
    const items: [SelectionKind, number][] = [
      ...selection.officeIds.map((id): [SelectionKind, number] => ['office', id]),
      ...selection.regionIds.map((id): [SelectionKind, number] => ['region', id]),
    ];
    for (const part of chunks(items)) {
      const params: unknown[] = [];
      const tuples = part.map(([kind, id]) => {
        params.push(selection.id, kind, id);
        const n = params.length;
        return `(${mark(n - 2)}, ${mark(n - 1)}, ${mark(n)})`;
      });
      await this.manager.query(
        `INSERT INTO "selection_items" ("selection_id", "kind", "item_id") VALUES ${tuples.join(', ')}`,
        params,
      );
    }
    return true;
  }

  /**
   * The selection's ids of one kind that still exist, ascending; with `regionPaths`, only those
   * inside these subtrees (an office by its region).
   */
  async items(
    id: string,
    kind: SelectionKind,
    regionPaths: readonly string[] | null,
  ): Promise<number[]> {
    const query = this.manager
      .createQueryBuilder()
      .from('selection_items', 'si')
      .select('si.item_id', 'id')
      .where('si.selection_id = :id AND si.kind = :kind', { id, kind })
      .orderBy('si.item_id');
    const [table, regionColumn] =
      kind === 'office' ? ['offices', 'x.region_id'] : ['regions', 'x.id'];
    query.innerJoin(table, 'x', 'x.id = si.item_id');
    if (regionPaths !== null) {
      const scope = inRegionSubtrees(regionColumn, regionPaths);
      query.andWhere(scope.sql, scope.params);
    }
    const rows = await query.getRawMany<RawRow>();
    return rows.map((row) => Number(row['id']));
  }

  /** The offices among `ids` that exist, each with its region's path. */
  officePaths(ids: readonly number[]): Promise<IdPath[]> {
    return this.paths(ids, (part) =>
      this.manager
        .createQueryBuilder()
        .from('offices', 'o')
        .leftJoin('regions', 'g', 'g.id = o.region_id')
        .select(['o.id AS id', 'g.path AS path'])
        .where('o.id IN (:...ids)', { ids: part }),
    );
  }

  /** The regions among `ids` that exist, each with its path. */
  regionPaths(ids: readonly number[]): Promise<IdPath[]> {
    return this.paths(ids, (part) =>
      this.manager
        .createQueryBuilder()
        .from('regions', 'g')
        .select(['g.id AS id', 'g.path AS path'])
        .where('g.id IN (:...ids)', { ids: part }),
    );
  }

  private async paths(
    ids: readonly number[],
    query: (part: number[]) => { getRawMany<T>(): Promise<T[]> },
  ): Promise<IdPath[]> {
    const found: IdPath[] = [];
    for (const part of chunks(ids)) {
      const rows = await query(part).getRawMany<RawRow>();
      found.push(
        ...rows.map((row) => ({
          id: Number(row['id']),
          path: row['path'] === null ? null : String(row['path']),
        })),
      );
    }
    return found;
  }
}
