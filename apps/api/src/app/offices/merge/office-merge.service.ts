import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Database, Repositories, type Office, type OfficeMerge } from '@ogi/api-data-access';
import type { AccessScope } from '../../auth/access-scope';
import { assertOfficeUsable } from '../../auth/scope-checks';
import { assertNoNameClash } from '../office-clash';
import type { OfficeMergeDto, OfficeMergeListDto, OfficeMergePreviewDto } from '../offices.dto';
import { toMergeDto, toMergedReportDto } from '../offices.mapper';
import { planMergedReports, sharedYears } from './merge-plan';

/**
 * Merging an office into another (one transaction, recorded in office_merges) and undoing a
 * merge exactly, as long as nothing it touched has changed since.
 */
@Injectable()
export class OfficeMergeService {
  constructor(private readonly db: Database) {}

  list(offset: number, limit: number): Promise<OfficeMergeListDto> {
    return this.db.read(async (manager) => {
      const [merges, total] = await new Repositories(manager).officeMerges.list(offset, limit);
      return { items: merges.map(toMergeDto), total, offset, limit };
    });
  }

  /**
   * What merging would do, for the confirmation: the years both offices have versions for, and
   * the current versions that would stop being current. Nothing is written.
   */
  preview(access: AccessScope, sourceId: number, targetId: number): Promise<OfficeMergePreviewDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      await assertOfficeUsable(repos, access, sourceId);
      await assertOfficeUsable(repos, access, targetId);
      const source = await this.office(repos, sourceId, 'sourceId');
      const target = await this.office(repos, targetId, 'targetId');
      const sourceReports = await repos.officeMerges.reportsOf(source.id);
      const targetReports = await repos.officeMerges.reportsOf(target.id);
      const reports = planMergedReports(sourceReports, targetReports).map(toMergedReportDto);
      return {
        sharedYears: sharedYears(sourceReports, targetReports),
        noLongerCurrent: reports.filter((report) => report.currentBefore && !report.currentAfter),
        reports,
      };
    });
  }

  merge(sourceId: number, targetId: number): Promise<OfficeMergeDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const source = await this.office(repos, sourceId, 'sourceId');
      const target = await this.office(repos, targetId, 'targetId');
      const sourceAliases = await repos.offices.aliasesOf(source.id);
      const targetNames = new Set([
        target.normalizedName,
        ...(await repos.offices.aliasesOf(target.id)).map((alias) => alias.normalizedAlias),
      ]);
      await assertNoNameClash(
        repos,
        target.regionId,
        [source.name, ...sourceAliases.map((alias) => alias.alias)],
        [source.id, target.id],
      );

      const changes = planMergedReports(
        await repos.officeMerges.reportsOf(source.id),
        await repos.officeMerges.reportsOf(target.id),
      );
      await repos.officeMerges.assign(
        changes.map((change) => ({ id: change.id, officeId: target.id, ...change.after })),
      );
      const moved = sourceAliases.filter((alias) => !targetNames.has(alias.normalizedAlias));
      const dropped = sourceAliases.filter((alias) => targetNames.has(alias.normalizedAlias));
      await repos.offices.moveAliases(
        moved.map((alias) => alias.id),
        target.id,
      );
      await repos.offices.deleteAliases(dropped.map((alias) => alias.id));
      const addedId = targetNames.has(source.normalizedName)
        ? null
        : await repos.offices.addAliasReturningId(target.id, source.name);
      await repos.offices.delete(source.id);
      const merge = await repos.officeMerges.insert({
        sourceOfficeId: source.id,
        targetOfficeId: target.id,
        sourceOffice: {
          ...source,
          createdAt: source.createdAt.toISOString(),
          aliases: sourceAliases.map((alias) => alias.alias),
        },
        aliases: {
          moved: moved.map((alias) => alias.id),
          dropped: dropped.map(({ id, alias, normalizedAlias }) => ({
            id,
            alias,
            normalizedAlias,
          })),
          addedId,
        },
        reports: changes,
      });
      return toMergeDto(merge);
    });
  }

  undo(id: number): Promise<OfficeMergeDto> {
    return this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const merge = await repos.officeMerges.findById(id);
      if (!merge) throw new NotFoundException(`merge ${id} does not exist`);
      const problems = await this.undoProblems(repos, merge);
      if (problems.length > 0) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `merge ${id} cannot be undone: ${problems.join('; ')}`,
          problems,
        });
      }
      const { aliases: _aliases, ...snapshot } = merge.sourceOffice;
      await repos.offices.restore({ ...snapshot, createdAt: new Date(snapshot.createdAt) });
      await repos.offices.moveAliases(merge.aliases.moved, snapshot.id);
      for (const alias of merge.aliases.dropped)
        await repos.offices.restoreAlias({ ...alias, officeId: snapshot.id });
      if (merge.aliases.addedId !== null)
        await repos.offices.deleteAliases([merge.aliases.addedId]);
      await repos.officeMerges.assign(
        merge.reports.map((change) => ({
          id: change.id,
          officeId: change.before.officeId,
          version: change.before.version,
          isCurrent: change.before.isCurrent,
        })),
      );
      await repos.officeMerges.markUndone(id);
      return toMergeDto((await repos.officeMerges.findById(id)) as OfficeMerge);
    });
  }

  /** What changed since the merge that an undo would overwrite or collide with. */
  private async undoProblems(repos: Repositories, merge: OfficeMerge): Promise<string[]> {
    if (merge.undoneAt) return [`it was undone at ${merge.undoneAt.toISOString()}`];
    const problems: string[] = [];
    const source = merge.sourceOffice;
    const target = await repos.offices.findById(merge.targetOfficeId);
    if (!target) return [`office ${merge.targetOfficeId} (the target) no longer exists`];
    if (await repos.offices.findById(source.id))
      problems.push(`office id ${source.id} is in use again`);
    if (source.regionId !== null && !(await repos.regions.findById(source.regionId)))
      problems.push(`region ${source.regionId} of ${source.name} no longer exists`);
    const clashes = await repos.offices.clashes(
      source.regionId,
      [source.name, ...source.aliases],
      [target.id],
    );
    for (const clash of clashes)
      problems.push(
        `${clash.name} is now a name of office ${clash.office.id} (${clash.office.name})`,
      );
    const targetAliases = await repos.offices.findAliasesByIds(merge.aliases.moved);
    for (const id of merge.aliases.moved) {
      if (!targetAliases.some((alias) => alias.id === id && alias.officeId === target.id))
        problems.push(`alias ${id} moved to office ${target.id} was removed or changed since`);
    }
    const reports = await repos.officeMerges.reportsByIds(merge.reports.map((change) => change.id));
    for (const change of merge.reports) {
      const report = reports.find((found) => found.id === change.id);
      if (!report) problems.push(`report ${change.id} was deleted`);
      else if (
        report.officeId !== target.id ||
        report.version !== change.after.version ||
        report.isCurrent !== change.after.isCurrent
      ) {
        problems.push(
          `report ${change.id} changed since the merge (now office ${report.officeId}, version ${report.version}${report.isCurrent ? ', current' : ''})`,
        );
      }
    }
    const years = [
      ...new Set(merge.reports.flatMap((change) => (change.year === null ? [] : [change.year]))),
    ];
    const recorded = new Set(merge.reports.map((change) => change.id));
    for (const report of await repos.officeMerges.versionedReportsIn(target.id, years)) {
      const moved = merge.reports.some(
        (change) =>
          change.year === report.year &&
          change.before.officeId === source.id &&
          change.after.version !== null,
      );
      if (moved && !recorded.has(report.id))
        problems.push(
          `report ${report.id} (${report.year}) was added to office ${target.id} after the merge`,
        );
    }
    return problems;
  }

  private async office(repos: Repositories, id: number, field: string): Promise<Office> {
    const office = await repos.offices.findById(id);
    if (!office) throw new NotFoundException(`${field} ${id}: office ${id} does not exist`);
    return office;
  }
}
