import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { Database, Repositories, type Report, type ReportCell } from '@ogi/api-data-access';
import { Ingestor } from '@ogi/report-ingestion';
import {
  boundProblem,
  describeBound,
  fieldByKey,
  valueBounds,
  type FieldDefinition,
  type FormatVersion,
  NEEDS_REVIEW_CODE,
} from '@ogi/report-schema';
import type { CorrectionInput } from '@ogi/api-params';
import type { ReportDetailDto } from './reports.dto';
import type { AccessScope } from '../auth/access-scope';
import { visibleReport } from '../auth/scope-checks';
import { ReportsService } from './reports.service';

/** The reason recorded for each cell confirmed by 全部确认. */
export const CONFIRM_ALL_REASON = '全部确认：与原图核对无误';

function tableVersion(report: Report, field: FieldDefinition): string | null {
  return {
    active: report.formatActive,
    applications: report.formatApplications,
    appeals: report.formatAppeals,
  }[field.table];
}

/** Why a corrected value does not fit the cell (the schema's bounds, named), or null. */
function valueProblem(field: FieldDefinition, value: number | null): string | null {
  if (value === null) return null;
  const bounds = valueBounds(field);
  const problem = boundProblem(value, bounds);
  return problem ? `${describeBound(problem, bounds)} (got ${value})` : null;
}

/**
 * Manual corrections of a report's cells. Each is recorded with the value it replaces (so what
 * the parser read stays recoverable), then the Ingestor checks the rules again and recomputes the
 * dashboard figures, all in one transaction.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly db: Database,
    private readonly ingestor: Ingestor,
    private readonly reports: ReportsService,
  ) {}

  async correct(
    access: AccessScope,
    id: number,
    input: CorrectionInput & { user: string },
  ): Promise<ReportDetailDto> {
    await this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(
        repos,
        access,
        id,
        await repos.revisions.findForUpdate(id),
      );
      if (report.status === 'failed') {
        throw new ConflictException(
          `report ${id} could not be read (${report.errorCode}): it has no cells to correct`,
        );
      }
      const cells = await repos.reports.cellsOf(id);
      const cell = this.correctableCell(report, cells, input);
      await repos.corrections.insert({
        reportId: id,
        key: cell.key,
        oldValue: cell.value,
        oldStatus: cell.status,
        newValue: input.value,
        newStatus: input.status,
        reason: input.reason,
        userName: input.user,
      });
      await repos.revisions.updateCell(id, cell.key, input);
      cell.value = input.value;
      cell.status = input.status;
      await this.ingestor.recheck(repos, report, cells);
    });
    return this.reports.get(access, id);
  }

  /**
   * Confirms every cell still awaiting review (needs_review) as read: one correction per cell with
   * its value unchanged (the audit trail names who confirmed what), then the rules are checked
   * again, which drops the confirmed cells' findings. Answers the updated report.
   */
  async confirmAll(access: AccessScope, id: number, user: string): Promise<ReportDetailDto> {
    await this.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(
        repos,
        access,
        id,
        await repos.revisions.findForUpdate(id),
      );
      const awaiting = new Set(
        (await repos.reports.findingsOf(id))
          .filter((finding) => finding.code === NEEDS_REVIEW_CODE)
          .flatMap((finding) => finding.keys),
      );
      const cells = await repos.reports.cellsOf(id);
      const confirmed = cells.filter((candidate) => awaiting.has(candidate.key));
      if (confirmed.length === 0) {
        throw new ConflictException(`report ${id} has no cells awaiting review`);
      }
      for (const cell of confirmed) {
        await repos.corrections.insert({
          reportId: id,
          key: cell.key,
          oldValue: cell.value,
          oldStatus: cell.status,
          newValue: cell.value,
          newStatus: cell.status,
          reason: CONFIRM_ALL_REASON,
          userName: user,
        });
      }
      await this.ingestor.recheck(repos, report, cells);
    });
    return this.reports.get(access, id);
  }

  private correctableCell(report: Report, cells: ReportCell[], input: CorrectionInput): ReportCell {
    const field = fieldByKey(input.key);
    if (!field) {
      throw new BadRequestException(
        `report ${report.id}: "${input.key}" is not a canonical key (see \`cli fields\`); nothing was changed`,
      );
    }
    const label = `${input.key} (${field.row} × ${field.column})`;
    const version = tableVersion(report, field);
    const cell = cells.find((candidate) => candidate.key === input.key);
    if (!cell || version === null) {
      throw new BadRequestException(
        `report ${report.id}: ${label} is not a cell of this report (${field.table} ${version === null ? 'not found' : `in the ${version} format`}); nothing was changed`,
      );
    }
    if (cell.assignedBy === 'derived' || field.derivedIn.includes(version as FormatVersion)) {
      throw new BadRequestException(
        `report ${report.id}: ${label} is derived from other cells in the ${version} format: correct those; nothing was changed`,
      );
    }
    const problem = valueProblem(field, input.value);
    if (problem) {
      throw new BadRequestException(
        `report ${report.id}: ${label} ${problem}; nothing was changed`,
      );
    }
    return cell;
  }
}
