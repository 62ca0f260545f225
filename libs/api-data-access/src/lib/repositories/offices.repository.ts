import { Brackets, In, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Office, OfficeAlias, Region, Report, StoredOfficeKind } from '../entities/model';
import { inRegionSubtrees } from './region-paths';
import { defaultAliases, inferOfficeKind, normaliseOfficeName } from '../names/office-names';
import { storedName } from '../names/stored-name';

export interface NewOffice {
  name: string;
  kind: StoredOfficeKind;
  regionId: number | null;
  aliases?: readonly string[];
  isDemo?: boolean;
}

export interface OfficeFilter {
  /** Offices anywhere in this region's subtree. */
  region?: Region;
  /** Only offices in these regions' subtrees (a user's scope); absent: every office. */
  regionPaths?: readonly string[];
  /** Only offices without a region (they await placing). */
  unplaced?: boolean;
  kind?: StoredOfficeKind;
  /** A part of the name or of an alias (compared normalised). */
  text?: string;
  offset: number;
  limit: number;
}

/** Another office already known by one of the names. */
export interface OfficeNameClash {
  office: Office;
  /** The first of the given names (normalised) it is known by. */
  name: string;
  /** Every name it is known by (normalised): its name and aliases. */
  names: string[];
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class OfficesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<Office>(ENTITY.office);
  }

  private get aliases() {
    return this.manager.getRepository<OfficeAlias>(ENTITY.officeAlias);
  }

  findById(id: number): Promise<Office | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly number[]): Promise<Office[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('office')
      .whereInIds([...new Set(ids)])
      .getMany();
  }

  /**
   * Offices whose name or an alias normalises to `name`: within a region's subtree when one is
   * given, else anywhere. More than one result means the name is ambiguous.
   */
  async findByName(name: string, region: Region | null): Promise<Office[]> {
    const normalized = normaliseOfficeName(name);
    const query = this.repo
      .createQueryBuilder('office')
      .where(
        new Brackets((match) =>
          match
            .where('office.normalizedName = :normalized', { normalized })
            .orWhere(
              `office.id IN (SELECT alias.office_id FROM office_aliases alias WHERE alias.normalized_alias = :normalized)`,
            ),
        ),
      );
    if (region) {
      query.andWhere(
        'office.regionId IN (SELECT sub.id FROM regions sub WHERE sub.path LIKE :prefix)',
        { prefix: `${region.path}%` },
      );
    }
    return query.orderBy('office.id').getMany();
  }

  /** Inserts an office with its aliases (in the caller's transaction). */
  /**
   * The office a stated name stands for, as uploads match them: its name or an alias within the
   * region; created (kind and aliases inferred) when none matches; never chosen between several.
   */
  async findOrCreateByName(
    name: string,
    region: Region | null,
    isDemo: boolean,
  ): Promise<{ office: Office; candidates: null } | { office: null; candidates: Office[] }> {
    const found = await this.findByName(name, region);
    if (found.length > 1) return { office: null, candidates: found };
    if (found.length === 1) return { office: found[0], candidates: null };
    const office = await this.create({
      name,
      kind: inferOfficeKind(name),
      regionId: region?.id ?? null,
      aliases: defaultAliases(name),
      isDemo,
    });
    return { office, candidates: null };
  }

  async create(input: NewOffice): Promise<Office> {
    const inserted = await this.repo.insert({
      name: storedName(input.name),
      normalizedName: normaliseOfficeName(input.name),
      kind: input.kind,
      regionId: input.regionId,
      isDemo: input.isDemo ?? false,
      createdAt: new Date(),
    });
    const id = Number(inserted.identifiers[0]['id']);
    for (const alias of input.aliases ?? []) await this.addAlias(id, alias);
    return (await this.findById(id)) as Office;
  }

  async addAlias(officeId: number, alias: string): Promise<void> {
    await this.addAliasReturningId(officeId, alias);
  }

  aliasesOf(officeId: number): Promise<OfficeAlias[]> {
    return this.aliases.find({ where: { officeId }, order: { id: 'ASC' } });
  }

  aliasesOfMany(officeIds: readonly number[]): Promise<OfficeAlias[]> {
    if (officeIds.length === 0) return Promise.resolve([]);
    return this.aliases
      .createQueryBuilder('alias')
      .where('alias.officeId IN (:...officeIds)', { officeIds: [...new Set(officeIds)] })
      .orderBy('alias.id')
      .getMany();
  }

  /** Removes one alias of an office; false when the office has no such alias. */
  async removeAlias(officeId: number, alias: string): Promise<boolean> {
    const result = await this.aliases.delete({
      officeId,
      normalizedAlias: normaliseOfficeName(alias),
    });
    return (result.affected ?? 0) > 0;
  }

  /** One page of offices by name (then id), and the number of all matches. */
  async list(filter: OfficeFilter): Promise<{ items: Office[]; total: number }> {
    const query = this.repo.createQueryBuilder('office');
    if (filter.kind) query.andWhere('office.kind = :kind', { kind: filter.kind });
    if (filter.unplaced) query.andWhere('office.regionId IS NULL');
    if (filter.regionPaths) {
      const scope = inRegionSubtrees('office.regionId', filter.regionPaths);
      query.andWhere(scope.sql, scope.params);
    }
    if (filter.region) {
      query.andWhere(
        'office.regionId IN (SELECT sub.id FROM regions sub WHERE sub.path LIKE :prefix)',
        { prefix: `${filter.region.path}%` },
      );
    }
    if (filter.text) {
      const pattern = `%${likeLiteral(normaliseOfficeName(filter.text))}%`;
      query.andWhere(
        new Brackets((match) =>
          match
            .where(`office.normalizedName LIKE :pattern ESCAPE '\\'`, { pattern })
            .orWhere(
              `office.id IN (SELECT alias.office_id FROM office_aliases alias WHERE alias.normalized_alias LIKE :pattern ESCAPE '\\')`,
            ),
        ),
      );
    }
    const [items, total] = await query
      .orderBy('office.name')
      .addOrderBy('office.id')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  /**
   * Offices of one region (null: offices without a region) whose name or an alias is one of
   * `names` (normalised), other than `exceptIds`.
   */
  async clashes(
    regionId: number | null,
    names: readonly string[],
    exceptIds: readonly number[] = [],
  ): Promise<OfficeNameClash[]> {
    const normalized = [...new Set(names.map(normaliseOfficeName))];
    if (normalized.length === 0) return [];
    const query = this.repo
      .createQueryBuilder('office')
      .where(regionId === null ? 'office.regionId IS NULL' : 'office.regionId = :regionId', {
        regionId,
      })
      .andWhere(
        new Brackets((match) =>
          match
            .where('office.normalizedName IN (:...normalized)', { normalized })
            .orWhere(
              'office.id IN (SELECT alias.office_id FROM office_aliases alias WHERE alias.normalized_alias IN (:...normalized))',
            ),
        ),
      );
    if (exceptIds.length > 0) query.andWhere('office.id NOT IN (:...exceptIds)', { exceptIds });
    const offices = await query.orderBy('office.id').getMany();
    const aliases = await this.aliasesOfMany(offices.map((office) => office.id));
    return offices.map((office) => {
      const known = [
        office.normalizedName,
        ...aliases
          .filter((alias) => alias.officeId === office.id)
          .map((alias) => alias.normalizedAlias),
      ];
      return {
        office,
        name: known.find((name) => normalized.includes(name)) ?? office.normalizedName,
        names: known,
      };
    });
  }

  async update(
    id: number,
    changes: { name?: string; kind?: StoredOfficeKind; regionId?: number | null },
  ): Promise<void> {
    const row: Partial<Office> = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    if (changes.name !== undefined) {
      row.name = storedName(changes.name);
      row.normalizedName = normaliseOfficeName(changes.name);
    }
    if (Object.keys(row).length > 0) await this.repo.update({ id }, row);
  }

  async delete(id: number): Promise<void> {
    await this.repo.delete({ id });
  }

  /**
   * Inserts a row with its id given. TypeORM leaves generated ids out of PostgreSQL inserts, so
   * this one is written out (the identity column accepts given values: BY DEFAULT).
   */
  private async insertWithId(table: string, row: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(row);
    const [sql, parameters] = this.manager.connection.driver.escapeQueryWithParameters(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => `:${column}`).join(', ')})`,
      row,
    );
    await this.manager.query(sql, parameters);
  }

  /** Inserts an office again with the id it had (undoing a merge). */
  async restore(office: Office): Promise<void> {
    await this.insertWithId('offices', {
      id: office.id,
      name: office.name,
      normalized_name: office.normalizedName,
      kind: office.kind,
      region_id: office.regionId,
      is_demo: office.isDemo,
      created_at: office.createdAt,
    });
  }

  findAliasesByIds(ids: readonly number[]): Promise<OfficeAlias[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.aliases
      .createQueryBuilder('alias')
      .whereInIds([...new Set(ids)])
      .getMany();
  }

  /** Gives aliases (by id) to another office. */
  async moveAliases(ids: readonly number[], officeId: number): Promise<void> {
    if (ids.length > 0) await this.aliases.update({ id: In([...ids]) }, { officeId });
  }

  async deleteAliases(ids: readonly number[]): Promise<void> {
    if (ids.length > 0) await this.aliases.delete({ id: In([...ids]) });
  }

  /** Inserts an alias row as it was (same id), e.g. when undoing a merge. */
  async restoreAlias(alias: OfficeAlias): Promise<void> {
    await this.insertWithId('office_aliases', {
      id: alias.id,
      office_id: alias.officeId,
      alias: alias.alias,
      normalized_alias: alias.normalizedAlias,
    });
  }

  /** Adds an alias and answers its id, or null when the office already has it. */
  async addAliasReturningId(officeId: number, alias: string): Promise<number | null> {
    const normalizedAlias = normaliseOfficeName(alias);
    if (await this.aliases.findOneBy({ officeId, normalizedAlias })) return null;
    const inserted = await this.aliases.insert({
      officeId,
      alias: storedName(alias),
      normalizedAlias,
    });
    return Number(inserted.identifiers[0]['id']);
  }

  /** Current reports of an office. */
  countCurrentReports(officeId: number): Promise<number> {
    return this.manager
      .getRepository<Report>(ENTITY.report)
      .createQueryBuilder('report')
      .where('report.officeId = :officeId AND report.isCurrent = :current', {
        officeId,
        current: true,
      })
      .andWhere('report.version IS NOT NULL')
      .getCount();
  }
}
