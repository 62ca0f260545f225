import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Correction } from '../entities/model';

export type NewCorrection = Omit<Correction, 'id' | 'createdAt'>;

/** The audit trail of manual cell corrections: rows are only ever added. */
export class CorrectionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<Correction>(ENTITY.correction);
  }

  async insert(correction: NewCorrection): Promise<Correction> {
    const inserted = await this.repo.insert({ ...correction, createdAt: new Date() });
    return (await this.repo.findOneBy({ id: Number(inserted.identifiers[0]['id']) })) as Correction;
  }

  /** Every correction of a report, oldest first. */
  listOf(reportId: number): Promise<Correction[]> {
    return this.repo.find({ where: { reportId }, order: { id: 'ASC' } });
  }
}
