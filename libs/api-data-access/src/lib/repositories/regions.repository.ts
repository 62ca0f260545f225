import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { Region, RegionLevel } from '../entities/model';

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

  /** Every region of that exact name, in id order (names repeat across the tree). */
  findByName(name: string): Promise<Region[]> {
    return this.repo.find({ where: { name: name.trim() }, order: { id: 'ASC' } });
  }

  /** Inserts a region under its parent (in the caller's transaction) and sets its path. */
  async create(input: NewRegion): Promise<Region> {
    const parent = input.parentId ? await this.findById(input.parentId) : null;
    if (input.parentId && !parent) throw new Error(`region ${input.parentId} does not exist`);
    const inserted = await this.repo.insert({
      name: input.name,
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

  /** The region and everything below it, by path prefix (one index range scan). */
  subtree(region: Region): Promise<Region[]> {
    return this.repo
      .createQueryBuilder('region')
      .where('region.path LIKE :prefix', { prefix: `${region.path}%` })
      .orderBy('region.path')
      .getMany();
  }
}
