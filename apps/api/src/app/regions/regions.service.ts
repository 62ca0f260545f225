import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Database, Repositories, type Region } from '@ogi/api-data-access';
import { pathInScope, type AccessScope } from '../auth/access-scope';
import type { NewRegionInput, RegionChanges } from '@ogi/api-params';
import { placementConflict } from './region-rules';
import type { RegionDetailDto, RegionListDto } from './regions.dto';
import { subtreeTotals, toRegionDto, toRegionRef, type RegionCounts } from './regions.mapper';

/** The region tree: listing, one region, and changes that keep levels, names and paths sound. */
@Injectable()
export class RegionsService {
  constructor(private readonly db: Database) {}

  /**
   * The tree a caller may see: admins every region; others their regions' subtrees plus the
   * ancestors above them (for the tree's shape), with counts from their subtrees only.
   */
  list(access: AccessScope): Promise<RegionListDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const all = await repos.regions.all();
      const inScope = all.filter((region) => pathInScope(access, region.path));
      const ancestorIds = new Set(
        inScope.flatMap((region) => region.path.split('/').filter(Boolean).map(Number)),
      );
      const regions = all.filter(
        (region) => pathInScope(access, region.path) || ancestorIds.has(region.id),
      );
      const counts = await this.counts(repos, inScope, new Set(inScope.map((r) => r.id)));
      return { items: regions.map((region) => toRegionDto(region, counts)) };
    });
  }

  /** One region with its counts; outside the caller's subtrees it reads as missing. */
  get(access: AccessScope, id: number): Promise<RegionDetailDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const region = await repos.regions.findById(id);
      if (region && !pathInScope(access, region.path)) {
        throw new NotFoundException(`region ${id} does not exist`);
      }
      return this.detail(repos, id);
    });
  }

  create(input: NewRegionInput): Promise<RegionDetailDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const parent = input.parentId === null ? null : await this.parentOf(repos, input.parentId);
      const conflict = await placementConflict(repos, { ...input, parent });
      if (conflict) throw new ConflictException(conflict);
      const region = await repos.regions.create(input);
      return this.detail(repos, region.id);
    });
  }

  update(id: number, changes: RegionChanges): Promise<RegionDetailDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const region = await this.existing(repos, id);
      const moving = changes.parentId !== undefined && changes.parentId !== region.parentId;
      const parent = moving
        ? changes.parentId === null || changes.parentId === undefined
          ? null
          : await this.parentOf(repos, changes.parentId)
        : region.parentId === null
          ? null
          : await repos.regions.findById(region.parentId);
      if (moving && parent && parent.path.startsWith(region.path)) {
        throw new ConflictException(
          `region ${id} (${region.name}) cannot move under ${parent.id === id ? 'itself' : `its own descendant ${parent.name} (region ${parent.id})`}`,
        );
      }
      const conflict = await placementConflict(repos, {
        name: changes.name ?? region.name,
        level: region.level,
        parent,
        code: changes.code === undefined ? region.code : changes.code,
        selfId: id,
      });
      if (conflict) throw new ConflictException(conflict);
      await repos.regions.update(id, { name: changes.name, code: changes.code });
      if (moving) await repos.regions.move(region, parent);
      return this.detail(repos, id);
    });
  }

  remove(id: number): Promise<void> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const region = await this.existing(repos, id);
      const children = await repos.regions.countChildren(id);
      const offices = (await repos.regions.officeCounts()).get(id) ?? 0;
      if (children > 0 || offices > 0) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `region ${id} (${region.name}) still has ${children} child region(s) and ${offices} office(s): move or delete them first`,
          children,
          offices,
        });
      }
      await repos.regions.delete(id);
    });
  }

  private async detail(repos: Repositories, id: number): Promise<RegionDetailDto> {
    const region = await this.existing(repos, id);
    const subtree = await repos.regions.subtree(region);
    return {
      ...toRegionDto(region, await this.counts(repos, subtree)),
      lineage: (await repos.regions.lineage(region)).map(toRegionRef),
      childCount: await repos.regions.countChildren(id),
    };
  }

  /** Offices and reports per region; `only`: counted in these regions alone (a caller's scope). */
  private async counts(
    repos: Repositories,
    regions: readonly Region[],
    only?: ReadonlySet<number>,
  ): Promise<RegionCounts> {
    const keep = (counts: Map<number, number>) =>
      only ? new Map([...counts].filter(([regionId]) => only.has(regionId))) : counts;
    return {
      officesByRegion: keep(await repos.regions.officeCounts()),
      subtreeReports: subtreeTotals(regions, keep(await repos.regions.currentReportCounts())),
    };
  }

  private async existing(repos: Repositories, id: number): Promise<Region> {
    const region = await repos.regions.findById(id);
    if (!region) throw new NotFoundException(`region ${id} does not exist`);
    return region;
  }

  private async parentOf(repos: Repositories, parentId: number): Promise<Region> {
    const parent = await repos.regions.findById(parentId);
    if (!parent) throw new BadRequestException(`parentId ${parentId}: no such region`);
    return parent;
  }
}
