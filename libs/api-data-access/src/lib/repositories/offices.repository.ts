import { Brackets, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Office, OfficeAlias, Region, StoredOfficeKind } from '../entities/model';
import { normaliseOfficeName } from '../names/office-names';

export interface NewOffice {
  name: string;
  kind: StoredOfficeKind;
  regionId: number | null;
  aliases?: readonly string[];
  isDemo?: boolean;
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
  async create(input: NewOffice): Promise<Office> {
    const inserted = await this.repo.insert({
      name: input.name.trim(),
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
    const normalizedAlias = normaliseOfficeName(alias);
    const exists = await this.aliases.findOneBy({ officeId, normalizedAlias });
    if (!exists) await this.aliases.insert({ officeId, alias: alias.trim(), normalizedAlias });
  }

  aliasesOf(officeId: number): Promise<OfficeAlias[]> {
    return this.aliases.find({ where: { officeId }, order: { id: 'ASC' } });
  }
}
