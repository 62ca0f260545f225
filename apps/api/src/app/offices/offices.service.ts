import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import {
  Database,
  defaultAliases,
  inferOfficeKind,
  normaliseOfficeName,
  Repositories,
  type Office,
} from '@ogi/api-data-access';
import type { AccessScope } from '../auth/access-scope';
import { assertRegionUsable, officeVisible } from '../auth/scope-checks';
import { toRegionRef } from '../regions/regions.mapper';
import { assertNoNameClash } from './office-clash';
import type { OfficeListQuery } from '@ogi/api-params';
import type { NewOfficeInput, OfficeChanges } from '@ogi/api-params';
import type { OfficeDetailDto, OfficeListDto } from './offices.dto';
import { toOfficeDto } from './offices.mapper';

/** Offices and their names: listing, one office, creation and changes without name clashes. */
@Injectable()
export class OfficesService {
  constructor(private readonly db: Database) {}

  list(access: AccessScope, query: OfficeListQuery): Promise<OfficeListDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      if (query.unplaced && query.regionId)
        throw new BadRequestException('unplaced=true lists offices without a region: no regionId');
      await assertRegionUsable(repos, access, query.regionId);
      const region = query.regionId ? await repos.regions.findById(query.regionId) : null;
      if (query.regionId && !region)
        throw new BadRequestException(`regionId ${query.regionId}: no such region`);
      const { items, total } = await repos.offices.list({
        region: region ?? undefined,
        // A region scope never covers an office without a region: such callers get none.
        regionPaths: access.regionPaths ?? undefined,
        unplaced: query.unplaced,
        kind: query.kind,
        text: query.q,
        offset: query.offset,
        limit: query.limit,
      });
      const aliases = await repos.offices.aliasesOfMany(items.map((office) => office.id));
      return {
        items: items.map((office) => toOfficeDto(office, aliases)),
        total,
        offset: query.offset,
        limit: query.limit,
      };
    });
  }

  get(access: AccessScope, id: number): Promise<OfficeDetailDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      // Out of the caller's regions reads as missing.
      if (!(await officeVisible(repos, access, await repos.offices.findById(id)))) {
        throw new NotFoundException(`office ${id} does not exist`);
      }
      return this.detail(repos, id);
    });
  }

  create(input: NewOfficeInput): Promise<OfficeDetailDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      if (input.regionId !== null) await this.regionOf(repos, input.regionId);
      const aliases = (input.aliases ?? defaultAliases(input.name)).filter(
        (alias) => normaliseOfficeName(alias) !== normaliseOfficeName(input.name),
      );
      await assertNoNameClash(repos, input.regionId, [input.name, ...aliases]);
      const office = await repos.offices.create({
        name: input.name,
        kind: input.kind ?? inferOfficeKind(input.name),
        regionId: input.regionId,
        aliases,
      });
      return this.detail(repos, office.id);
    });
  }

  update(id: number, changes: OfficeChanges): Promise<OfficeDetailDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const office = await this.existing(repos, id);
      const regionId = changes.regionId === undefined ? office.regionId : changes.regionId;
      if (regionId !== null && regionId !== office.regionId) await this.regionOf(repos, regionId);
      const current = (await repos.offices.aliasesOf(id)).map((alias) => alias.normalizedAlias);
      for (const alias of changes.removeAliases ?? []) {
        if (!current.includes(normaliseOfficeName(alias)))
          throw new BadRequestException(`removeAliases: office ${id} has no alias ${alias}`);
      }
      const renamed =
        changes.name !== undefined && normaliseOfficeName(changes.name) !== office.normalizedName;
      const name = changes.name ?? office.name;
      // The old name stays as an alias, so reports printed under it still find this office.
      const added = [...(renamed ? [office.name] : []), ...(changes.addAliases ?? [])].filter(
        (alias) => normaliseOfficeName(alias) !== normaliseOfficeName(name),
      );
      const removed = new Set((changes.removeAliases ?? []).map(normaliseOfficeName));
      removed.add(normaliseOfficeName(name));
      const kept = current.filter((alias) => !removed.has(alias));
      await assertNoNameClash(repos, regionId, [name, ...kept, ...added], [id]);
      await repos.offices.update(id, {
        name: changes.name,
        kind: changes.kind,
        regionId: changes.regionId,
      });
      for (const alias of removed) await repos.offices.removeAlias(id, alias);
      for (const alias of added) await repos.offices.addAlias(id, alias);
      return this.detail(repos, id);
    });
  }

  private async detail(repos: Repositories, id: number): Promise<OfficeDetailDto> {
    const office = await this.existing(repos, id);
    const region = office.regionId ? await repos.regions.findById(office.regionId) : null;
    return {
      ...toOfficeDto(office, await repos.offices.aliasesOf(id)),
      regionPath: region ? (await repos.regions.lineage(region)).map(toRegionRef) : [],
      reportCount: await repos.offices.countCurrentReports(id),
    };
  }

  private async existing(repos: Repositories, id: number): Promise<Office> {
    const office = await repos.offices.findById(id);
    if (!office) throw new NotFoundException(`office ${id} does not exist`);
    return office;
  }

  private async regionOf(repos: Repositories, regionId: number): Promise<void> {
    if (!(await repos.regions.findById(regionId)))
      throw new BadRequestException(`regionId ${regionId}: no such region`);
  }
}
