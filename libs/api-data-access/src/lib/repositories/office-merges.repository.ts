import { In, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { OfficeMerge, Report } from '../entities/model';

/** The merge records, and the moves of reports between offices that merges and undos make. */
export class OfficeMergesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<OfficeMerge>(ENTITY.officeMerge);
  }

  private get reports() {
    return this.manager.getRepository<Report>(ENTITY.report);
  }

  async insert(merge: Omit<OfficeMerge, 'id' | 'createdAt' | 'undoneAt'>): Promise<OfficeMerge> {
    const inserted = await this.repo.insert({ ...merge, createdAt: new Date(), undoneAt: null });
    return (await this.findById(Number(inserted.identifiers[0]['id']))) as OfficeMerge;
  }

  findById(id: number): Promise<OfficeMerge | null> {
    return this.repo.findOneBy({ id });
  }

  /** Merges, newest first. */
  list(offset: number, limit: number): Promise<[OfficeMerge[], number]> {
    return this.repo.findAndCount({ order: { id: 'DESC' }, skip: offset, take: limit });
  }

  async markUndone(id: number): Promise<void> {
    await this.repo.update({ id }, { undoneAt: new Date() });
  }

  /** Every report of an office (any status), oldest first. */
  reportsOf(officeId: number): Promise<Report[]> {
    return this.reports.find({ where: { officeId }, order: { id: 'ASC' } });
  }

  reportsByIds(ids: readonly number[]): Promise<Report[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.reports.findBy({ id: In([...new Set(ids)]) });
  }

  /** Versioned reports of an office in the given years. */
  versionedReportsIn(officeId: number, years: readonly number[]): Promise<Report[]> {
    if (years.length === 0) return Promise.resolve([]);
    return this.reports
      .createQueryBuilder('report')
      .where('report.officeId = :officeId AND report.year IN (:...years)', { officeId, years })
      .andWhere('report.version IS NOT NULL')
      .getMany();
  }

  /**
   * Gives reports their office, version and current flag. All versions are cleared first, so
   * that the unique (office, year, version) and current-version indexes hold after every row.
   */
  async assign(
    changes: readonly {
      id: number;
      officeId: number;
      version: number | null;
      isCurrent: boolean;
    }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await this.reports.update(
      { id: In(changes.map((change) => change.id)) },
      { version: null, isCurrent: false },
    );
    for (const change of changes) {
      await this.reports.update(
        { id: change.id },
        { officeId: change.officeId, version: change.version, isCurrent: change.isCurrent },
      );
    }
  }
}
