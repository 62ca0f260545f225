import { IsNull, type EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Region, RegionLevel } from '../entities/model';
import { storedName } from '../names/stored-name';

export interface NewRegion {
  name: string;
  level: RegionLevel;
  code?: string | null;
  parentId?: number | null;
  isDemo?: boolean;
}

/** Regions as a tree with a materialised path of ids (`/1/4/17/`). */
export class RegionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<Region>(ENTITY.region);
  }

  findById(id: number): Promise<Region | null> {
    return this.repo.findOneBy({ id });
  }

  /** Every region of that exact name (as stored: storedName), in id order (names repeat across the tree). */
  findByName(name: string): Promise<Region[]> {
    return this.repo.find({ where: { name: storedName(name) }, order: { id: 'ASC' } });
  }

  /** Inserts a region under its parent (in the caller's transaction) and sets its path. */
  async create(input: NewRegion): Promise<Region> {
    const parent = input.parentId ? await this.findById(input.parentId) : null;
    if (input.parentId && !parent) throw new Error(`region ${input.parentId} does not exist`);
    const inserted = await this.repo.insert({
      name: storedName(input.name),
      level: input.level,
      code: input.code ?? null,
      parentId: parent?.id ?? null,
      path: '',
      isDemo: input.isDemo ?? false,
      createdAt: new Date(),
    });
    const id = Number(inserted.identifiers[0]['id']);
    const path = `${parent?.path ?? '/'}${id}/`;
    await this.repo.update({ id }, { path });
    return (await this.findById(id)) as Region;
  }

  /** Every region, parents before children (path order). */
  all(): Promise<Region[]> {
    return this.repo.createQueryBuilder('region').orderBy('region.path').getMany();
  }

  findByIds(ids: readonly number[]): Promise<Region[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('region')
      .whereInIds([...new Set(ids)])
      .getMany();
  }

  /** The region's ancestors and itself, root first (read from its path). */
  async lineage(region: Region): Promise<Region[]> {
    const ids = region.path.split('/').filter(Boolean).map(Number);
    const byId = new Map((await this.findByIds(ids)).map((found) => [found.id, found]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  findChild(parentId: number | null, name: string): Promise<Region | null> {
    return this.repo.findOne({ where: { parentId: parentId ?? IsNull(), name: storedName(name) } });
  }

  findByCode(code: string): Promise<Region | null> {
    return this.repo.findOneBy({ code });
  }

  countChildren(id: number): Promise<number> {
    return this.repo.countBy({ parentId: id });
  }

  /** Sets the fields given (undefined ones stay as they are). */
  async update(id: number, changes: { name?: string; code?: string | null }): Promise<void> {
    const row = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    if (changes.name !== undefined) row['name'] = storedName(changes.name);
    if (Object.keys(row).length > 0) await this.repo.update({ id }, row);
  }

  /**
   * Moves a region under another parent (null: to the root). The paths of the whole subtree
   * change in one UPDATE, so the tree is never seen half moved.
   */
  async move(region: Region, parent: Region | null): Promise<void> {
    const newPath = `${parent?.path ?? '/'}${region.id}/`;
    await this.repo.update({ id: region.id }, { parentId: parent?.id ?? null });
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ path: () => 'CAST(:newPath AS varchar) || SUBSTR("path", :rest)' })
      .where('"path" LIKE :prefix')
      .setParameters({ newPath, rest: region.path.length + 1, prefix: `${region.path}%` })
      .execute();
  }

  async delete(id: number): Promise<void> {
    await this.repo.delete({ id });
  }

  /** Offices per region (regions without offices are absent). */
  async officeCounts(): Promise<Map<number, number>> {
    const rows = await this.manager
      .createQueryBuilder()
      .select('office.region_id', 'regionId')
      .addSelect('COUNT(*)', 'n')
      .from('offices', 'office')
      .where('office.region_id IS NOT NULL')
      .groupBy('office.region_id')
      .getRawMany<{ regionId: number | string; n: number | string }>();
    return new Map(rows.map((row) => [Number(row.regionId), Number(row.n)]));
  }

  /** Current reports of the offices directly in each region (regions without any are absent). */
  async currentReportCounts(): Promise<Map<number, number>> {
    const rows = await this.manager
      .createQueryBuilder()
      .select('office.region_id', 'regionId')
      .addSelect('COUNT(*)', 'n')
      .from('reports', 'report')
      .innerJoin('offices', 'office', 'office.id = report.office_id')
      .where('report.is_current = :current AND report.version IS NOT NULL', { current: true })
      .andWhere('office.region_id IS NOT NULL')
      .groupBy('office.region_id')
      .getRawMany<{ regionId: number | string; n: number | string }>();
    return new Map(rows.map((row) => [Number(row.regionId), Number(row.n)]));
  }

  /** The region and everything below it, by path prefix (one index range scan). */
  subtree(region: Region): Promise<Region[]> {
    return this.repo
      .createQueryBuilder('region')
      .where('region.path LIKE :prefix', { prefix: `${region.path}%` })
      .orderBy('region.path')
      .getMany();
  }
}
