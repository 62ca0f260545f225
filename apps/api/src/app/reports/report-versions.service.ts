import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  Database,
  isUniqueViolation,
  Repositories,
  type Office,
  type Report,
} from '@ogi/api-data-access';
import type { ResolveInput } from '@ogi/api-params';
import type { ResolveResultDto } from './report-edits.dto';
import type { ReportDetailDto } from './reports.dto';
import { ReportsService } from './reports.service';
import { officeByName } from './office-by-name';
import { outOfScope, type AccessScope } from '../auth/access-scope';
import {
  assertOfficeUsable,
  assertRegionUsable,
  officeVisible,
  visibleReport,
} from '../auth/scope-checks';

/** Attempts when a concurrent writer took the same version number or office name first. */
const MAX_ATTEMPTS = 3;

/** The report, locked for the change, when the caller may see it (404 otherwise). */
async function findReport(repos: Repositories, access: AccessScope, id: number): Promise<Report> {
  const report = await repos.revisions.findForUpdate(id);
  if (!report) throw new NotFoundException(`report ${id} does not exist`);
  return visibleReport(repos, access, id, report);
}

/**
 * Which stored report stands for an office and year: a report waiting for its office or year
 * gets them (and the next version), and any version can be made the current one.
 */
@Injectable()
export class ReportVersionsService {
  constructor(
    private readonly db: Database,
    private readonly reports: ReportsService,
  ) {}

  async resolve(access: AccessScope, id: number, input: ResolveInput): Promise<ResolveResultDto> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const status = await this.db.write((manager) =>
          this.resolveIn(new Repositories(manager), access, id, input),
        );
        return { status, report: await this.reports.get(access, id) };
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  async makeCurrent(access: AccessScope, id: number): Promise<ReportDetailDto> {
    await this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const report = await findReport(repos, access, id);
      if (report.status !== 'ok') {
        throw new ConflictException(
          `report ${id} is ${report.status}: only a report with an office, year and version can be current`,
        );
      }
      await repos.revisions.makeCurrent(report);
    });
    return this.reports.get(access, id);
  }

  private async resolveIn(
    repos: Repositories,
    access: AccessScope,
    id: number,
    input: ResolveInput,
  ): Promise<ResolveResultDto['status']> {
    const report = await findReport(repos, access, id);
    await assertOfficeUsable(repos, access, input.officeId);
    await assertRegionUsable(repos, access, input.regionId);
    if (report.status !== 'needs_input') {
      throw new ConflictException(
        `report ${id} is ${report.status}, not needs_input: its office and year are settled`,
      );
    }
    const office = await this.officeFor(repos, report, input);
    // A name matched (or created) outside the caller's regions: refused, the transaction undone.
    if (office && !(await officeVisible(repos, access, office))) throw outOfScope('该单位');
    const year = input.year ?? report.year ?? report.statedYear;
    const missing = [
      office ? null : 'officeId or officeName (the report states no office)',
      year === null ? 'year (the report states none)' : null,
    ].filter((what): what is string => what !== null);
    if (!office || year === null) {
      throw new BadRequestException(
        `report ${id}: give ${missing.join(' and ')}; nothing was changed`,
      );
    }
    const version = await repos.revisions.takeNextVersion(office.id, year);
    const settled = { status: 'ok', errorCode: null, errorMessage: null } as const;
    await repos.revisions.update(id, {
      officeId: office.id,
      year,
      version,
      isCurrent: true,
      ...settled,
    });
    return version > 1 ? 'new_version' : 'created';
  }

  /**
   * The office given, else one matched by name as uploads match them (the name given, else the
   * one the report states): an alias within the region, created when new, never guessed between
   * several.
   */
  private async officeFor(
    repos: Repositories,
    report: Report,
    input: ResolveInput,
  ): Promise<Office | null> {
    if (input.officeId !== undefined) {
      const office = await repos.offices.findById(input.officeId);
      if (!office) throw new BadRequestException(`officeId ${input.officeId}: no such office`);
      return office;
    }
    if (input.officeName === undefined && report.officeId !== null) {
      return repos.offices.findById(report.officeId);
    }
    const name = input.officeName ?? report.statedOffice;
    if (!name) return null;
    return officeByName(repos, `report ${report.id}`, name, input.regionId, report.isDemo);
  }
}
