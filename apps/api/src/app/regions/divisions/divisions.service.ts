import { BadRequestException, Injectable } from '@nestjs/common';
import { Database, Repositories, type Region } from '@ogi/api-data-access';
import type { DivisionDepth } from '@ogi/api-params';
import { placementConflict } from '../region-rules';
import type { DivisionLoadResultDto, DivisionProvinceDto } from '../regions.dto';
import { divisionProvinces, divisionTrees, type Division } from './division-data';

/**
 * Loads national division names and codes into the region tree. A division is matched to a
 * region by its code, then by its name under the same parent; only unmatched ones are created,
 * so loading twice changes nothing.
 */
@Injectable()
export class DivisionsService {
  constructor(private readonly db: Database) {}

  provinces(): Promise<DivisionProvinceDto[]> {
    return divisionProvinces();
  }

  async load(
    provinceCode: string | undefined,
    depth: DivisionDepth,
  ): Promise<DivisionLoadResultDto> {
    const all = await divisionProvinces();
    if (provinceCode && !all.some((province) => province.code === provinceCode)) {
      throw new BadRequestException(
        `provinceCode ${provinceCode}: no such province (GET /api/regions/divisions/provinces lists them)`,
      );
    }
    const trees = await divisionTrees(
      provinceCode ? [provinceCode] : all.map((province) => province.code),
      depth,
    );
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const result: DivisionLoadResultDto = {
        provinces: trees.length,
        regionsCreated: 0,
        regionsExisting: 0,
        codesSet: 0,
        conflicts: [],
      };
      const visit = async (division: Division, parent: Region | null): Promise<void> => {
        const region = await this.ensure(repos, division, parent, result);
        if (!region) return;
        for (const child of division.children) await visit(child, region);
      };
      for (const tree of trees) await visit(tree, null);
      return result;
    });
  }

  /** The region of a division, found or created; null when it cannot be placed (a conflict). */
  private async ensure(
    repos: Repositories,
    division: Division,
    parent: Region | null,
    result: DivisionLoadResultDto,
  ): Promise<Region | null> {
    const byCode = await repos.regions.findByCode(division.code);
    if (byCode) {
      result.regionsExisting += 1;
      return byCode;
    }
    const byName = await repos.regions.findChild(parent?.id ?? null, division.name);
    if (byName) {
      result.regionsExisting += 1;
      if (byName.code === null) {
        await repos.regions.update(byName.id, { code: division.code });
        result.codesSet += 1;
      } else {
        result.conflicts.push({
          code: division.code,
          name: division.name,
          reason: `region ${byName.id} of that name has the code ${byName.code}; left as it is`,
        });
      }
      return byName;
    }
    const conflict = await placementConflict(repos, { ...division, parent });
    if (conflict) {
      result.conflicts.push({ code: division.code, name: division.name, reason: conflict });
      return null;
    }
    result.regionsCreated += 1;
    return repos.regions.create({
      name: division.name,
      level: division.level,
      code: division.code,
      parentId: parent?.id ?? null,
    });
  }
}
