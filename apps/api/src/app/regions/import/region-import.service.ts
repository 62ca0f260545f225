import { BadRequestException, Injectable } from '@nestjs/common';
import {
  Database,
  defaultAliases,
  inferOfficeKind,
  normaliseOfficeName,
  Repositories,
  type Region,
} from '@ogi/api-data-access';
import { codeUnder } from '../region-rules';
import type { ImportPreviewRowDto, RegionImportResultDto } from '../regions.dto';
import { mapHeader, readRow, type ImportRow } from './import-rows';
import { readTable } from './import-table';

/** Thrown out of a dry run's transaction so that nothing it wrote stays. */
class DryRunRollback extends Error {
  constructor(readonly result: RegionImportResultDto) {
    super('dry run');
  }
}

interface Tally {
  /** Regions this import created (later rows naming them still count them as created). */
  createdRegionIds: Set<number>;
  existingRegionIds: Set<number>;
  officesCreated: number;
  officesExisting: number;
}

/**
 * Imports a region hierarchy (with optional offices) from a CSV or XLSX file. Rows with a problem
 * are rejected with their number and reason; the rest are applied in one transaction. A dry run
 * does exactly the same work and rolls it back, so its preview is what an import would do.
 */
@Injectable()
export class RegionImportService {
  constructor(private readonly db: Database) {}

  async import(bytes: Buffer, fileName: string, dryRun: boolean): Promise<RegionImportResultDto> {
    const table = await readTable(bytes, fileName);
    const headerIndex = table.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
    if (headerIndex < 0) throw new BadRequestException(`${fileName}: no header row`);
    const map = mapHeader(table[headerIndex]);
    const readings = table
      .map((cells, index) => ({ cells, row: index + 1 }))
      .slice(headerIndex + 1)
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
      .map(({ cells, row }) => readRow(cells, map, row));
    try {
      return await this.db.write(async (manager) => {
        const result = await this.apply(new Repositories(manager), readings, dryRun);
        if (dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (err) {
      if (err instanceof DryRunRollback) return err.result;
      throw err;
    }
  }

  private async apply(
    repos: Repositories,
    readings: ReturnType<typeof readRow>[],
    dryRun: boolean,
  ): Promise<RegionImportResultDto> {
    const tally: Tally = {
      createdRegionIds: new Set(),
      existingRegionIds: new Set(),
      officesCreated: 0,
      officesExisting: 0,
    };
    const rejected: { row: number; reason: string }[] = [];
    const preview: ImportPreviewRowDto[] = [];
    for (const reading of readings) {
      if (!reading.ok) {
        rejected.push({ row: reading.row, reason: reading.reason });
        continue;
      }
      const outcome = await this.applyRow(repos, reading.value, tally);
      if (typeof outcome === 'string') rejected.push({ row: reading.value.row, reason: outcome });
      else preview.push(outcome);
    }
    return {
      dryRun,
      regionsCreated: tally.createdRegionIds.size,
      regionsExisting: tally.existingRegionIds.size,
      officesCreated: tally.officesCreated,
      officesExisting: tally.officesExisting,
      rejected,
      preview,
    };
  }

  /** Checks a row against the tree as it is now, then applies it; a string is why not. */
  private async applyRow(
    repos: Repositories,
    row: ImportRow,
    tally: Tally,
  ): Promise<ImportPreviewRowDto | string> {
    // Below the first region that does not exist yet, nothing exists.
    const found: (Region | null)[] = [];
    for (const segment of row.path) {
      const parent = found.length > 0 ? found[found.length - 1] : null;
      const region =
        found.length > 0 && !parent
          ? null
          : await repos.regions.findChild(parent?.id ?? null, segment.name);
      if (region && region.level !== segment.level) {
        return `${segment.name} exists as a ${region.level} (region ${region.id}), not a ${segment.level}`;
      }
      found.push(region);
    }
    const deepest = found[found.length - 1];
    const codeProblem = row.code ? await this.codeProblem(repos, row, found) : null;
    if (codeProblem) return codeProblem;
    const officeName = row.office;
    let officeExists = false;
    if (officeName && deepest) {
      const clashes = await repos.offices.clashes(deepest.id, [
        officeName,
        ...defaultAliases(officeName),
      ]);
      const same = clashes.find((clash) => clash.names.includes(normaliseOfficeName(officeName)));
      if (same && clashes.length === 1) officeExists = true;
      else if (clashes.length > 0) {
        const other = clashes.find((clash) => clash !== same) ?? clashes[0];
        return `office ${officeName} clashes with office ${other.office.id} ${other.office.name} in ${deepest.name} (name ${other.name})`;
      }
    }

    const steps: ImportPreviewRowDto['path'] = [];
    let parent: Region | null = null;
    for (const [i, segment] of row.path.entries()) {
      let region = found[i];
      const isDeepest = i === row.path.length - 1;
      if (region) {
        if (!tally.createdRegionIds.has(region.id)) tally.existingRegionIds.add(region.id);
        if (isDeepest && row.code && region.code === null)
          await repos.regions.update(region.id, { code: row.code });
      } else {
        region = await repos.regions.create({
          name: segment.name,
          level: segment.level,
          parentId: parent?.id ?? null,
          code: isDeepest ? row.code : null,
        });
        tally.createdRegionIds.add(region.id);
      }
      steps.push({
        name: segment.name,
        level: segment.level,
        status: tally.createdRegionIds.has(region.id) ? 'created' : 'existing',
      });
      parent = region;
    }
    let office: ImportPreviewRowDto['office'] = null;
    if (officeName && parent) {
      const kind = inferOfficeKind(officeName);
      if (officeExists) tally.officesExisting += 1;
      else {
        await repos.offices.create({
          name: officeName,
          kind,
          regionId: parent.id,
          aliases: defaultAliases(officeName),
        });
        tally.officesCreated += 1;
      }
      office = { name: officeName, kind, status: officeExists ? 'existing' : 'created' };
    }
    return { row: row.row, path: steps, code: row.code, office };
  }

  private async codeProblem(
    repos: Repositories,
    row: ImportRow,
    found: readonly (Region | null)[],
  ): Promise<string | null> {
    const code = row.code as string;
    const deepest = found[found.length - 1];
    const name = row.path[row.path.length - 1].name;
    if (deepest?.code && deepest.code !== code) {
      return `inconsistent code ${code}: ${name} (region ${deepest.id}) has code ${deepest.code}`;
    }
    const holder = await repos.regions.findByCode(code);
    if (holder && holder.id !== deepest?.id) {
      return `inconsistent code ${code}: it belongs to ${holder.name} (region ${holder.id})`;
    }
    const ancestor = found
      .slice(0, -1)
      .reverse()
      .find((region) => region?.code);
    if (ancestor?.code && !codeUnder(code, ancestor.code)) {
      return `inconsistent code ${code}: not under the code ${ancestor.code} of ${ancestor.name}`;
    }
    return null;
  }
}
