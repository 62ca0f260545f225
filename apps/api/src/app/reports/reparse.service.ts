import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database, Repositories, type Report, type ReportPatch } from '@ogi/api-data-access';
import { readReport, type ReadOutcome } from '@ogi/report-extract';
import { statedOfficeOf } from '@ogi/report-ingestion';
import { PARSER_VERSION, ruleFindings, type ParseFinding } from '@ogi/report-parser';
import { computeFigures } from '@ogi/report-schema';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { readOptionsOf } from './read-options';
import type { ReparseInput } from './report-edit-params';
import type { ReparsedReportDto, ReparseResultDto } from './report-edits.dto';
import { asParseFinding } from './report-recheck';
import { applyCorrections, changedCells } from './reparse-corrections';

/** What the findings of a report say, for telling whether a re-read changed them. */
function findingsSignature(findings: readonly ParseFinding[]): string {
  return JSON.stringify(
    findings.map((finding) => [
      finding.code,
      finding.ruleId ?? null,
      finding.keys,
      finding.message,
    ]),
  );
}

/**
 * Reads stored originals again with the current parser, one report per transaction, so a run can
 * stop anywhere and be resumed from `nextAfterId`. Manual corrections are put back on top. A
 * report the current parser cannot read keeps its stored reading; a report that failed before and
 * now reads waits for its office and year (POST /api/reports/:id/resolve); a report is never
 * moved to another office or year here: a changed stated office or year is only reported.
 */
@Injectable()
export class ReparseService {
  private readonly logger = new Logger(ReparseService.name);

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reparse(input: ReparseInput): Promise<ReparseResultDto> {
    const page = await this.db.read((manager) =>
      new Repositories(manager).revisions.pageToReread({
        afterId: input.afterId,
        limit: input.limit,
        outdatedFor: input.onlyOutdated ? PARSER_VERSION : undefined,
      }),
    );
    const reports: ReparsedReportDto[] = [];
    for (const report of page) reports.push(await this.reparseOne(report.id));
    const count = (outcome: ReparsedReportDto['outcome']) =>
      reports.filter((report) => report.outcome === outcome).length;
    return {
      parserVersion: PARSER_VERSION,
      processed: reports.length,
      changed: count('changed'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      nextAfterId: page.length === input.limit ? page[page.length - 1].id : null,
      reports,
    };
  }

  private async reparseOne(id: number): Promise<ReparsedReportDto> {
    const file = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      return report ? repos.sourceFiles.findWithContent(report.sourceFileId) : null;
    });
    if (!file) return this.gone(id);
    const outcome = await readReport(file.content, file.fileName, readOptionsOf(this.config));
    try {
      return await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const report = await repos.revisions.findForUpdate(id);
        return report ? this.store(repos, report, file.fileName, outcome) : this.gone(id);
      });
    } catch (err) {
      this.logger.error(`report ${id}: could not be stored again: ${(err as Error).message}`);
      return {
        ...this.gone(id),
        file: file.fileName,
        error: {
          code: 'storage_failed',
          message: `report ${id}: ${(err as Error).message}; nothing was changed`,
        },
      };
    }
  }

  private gone(id: number): ReparsedReportDto {
    return {
      reportId: id,
      file: '',
      outcome: 'failed',
      statusBefore: null,
      statusAfter: null,
      parserVersionBefore: null,
      changedCells: [],
      findingsBefore: 0,
      findingsAfter: 0,
      corrections: [],
      statedChanges: [],
      error: { code: 'not_found', message: `report ${id} no longer exists` },
    };
  }

  /** The transaction of one report. */
  private async store(
    repos: Repositories,
    report: Report,
    fileName: string,
    outcome: ReadOutcome,
  ): Promise<ReparsedReportDto> {
    const cellsBefore = await repos.reports.cellsOf(report.id);
    const findingsBefore = (await repos.reports.findingsOf(report.id)).map(asParseFinding);
    const base = {
      reportId: report.id,
      file: fileName,
      statusBefore: report.status,
      parserVersionBefore: report.parserVersion,
      findingsBefore: findingsBefore.length,
    };
    if (!outcome.ok && report.status !== 'failed') {
      // Never trade a stored reading for nothing: the report stays as it was.
      return {
        ...base,
        outcome: 'failed',
        statusAfter: report.status,
        changedCells: [],
        findingsAfter: findingsBefore.length,
        corrections: [],
        statedChanges: [],
        error: {
          code: outcome.error.code,
          message: `${outcome.error.message}; the reading by ${report.parserVersion} was kept`,
        },
      };
    }
    const parsed = outcome.report;
    const corrected = applyCorrections(
      parsed?.cells ?? [],
      await repos.corrections.listOf(report.id),
    );
    let findings = parsed?.findings ?? [];
    if (parsed && corrected.applied) {
      findings = [
        ...findings.filter((finding) => finding.code !== 'rule'),
        ...ruleFindings({
          cells: corrected.cells,
          formatVersion: parsed.formatVersion,
          office: parsed.office.value,
          textFigures: parsed.textFigures,
        }),
      ];
    }
    const patch: ReportPatch = {
      parserVersion: PARSER_VERSION,
      formatActive: parsed?.formatVersion.active ?? null,
      formatApplications: parsed?.formatVersion.applications ?? null,
      formatAppeals: parsed?.formatVersion.appeals ?? null,
      statedOffice: statedOfficeOf(parsed?.office.value),
      statedYear: parsed?.year.value ?? null,
      ...(outcome.ok ? {} : { errorCode: outcome.error.code, errorMessage: outcome.error.message }),
      ...(outcome.ok && report.status === 'failed'
        ? {
            status: 'needs_input' as const,
            errorCode: 'needs_input',
            errorMessage: `${fileName}: read by ${PARSER_VERSION} after failing; give its office and year (POST /api/reports/${report.id}/resolve)`,
          }
        : {}),
    };
    const formatVersion = parsed?.formatVersion ?? {
      active: null,
      applications: null,
      appeals: null,
    };
    await repos.reports.clearContent(report.id);
    await repos.reports.storeContent(
      report.id,
      { cells: corrected.cells, findings, formatVersion, textFigures: parsed?.textFigures ?? null },
      computeFigures({ cells: corrected.cells, formatVersion }),
    );
    await repos.revisions.update(report.id, patch);

    const cellChanges = changedCells(cellsBefore, corrected.cells);
    const statedChanges = this.statedChanges(report, patch);
    const statusAfter = patch.status ?? report.status;
    const changed =
      cellChanges.length > 0 ||
      statedChanges.length > 0 ||
      statusAfter !== report.status ||
      findingsSignature(findingsBefore) !== findingsSignature(findings) ||
      patch.formatActive !== report.formatActive ||
      patch.formatApplications !== report.formatApplications ||
      patch.formatAppeals !== report.formatAppeals;
    return {
      ...base,
      outcome: outcome.ok ? (changed ? 'changed' : 'unchanged') : 'failed',
      statusAfter,
      changedCells: cellChanges,
      findingsAfter: findings.length,
      corrections: corrected.conflicts,
      statedChanges,
      error: outcome.ok ? null : outcome.error,
    };
  }

  /** Stated office or year read differently now (the report's assignment stays as it is). */
  private statedChanges(report: Report, patch: ReportPatch): ReparsedReportDto['statedChanges'] {
    const changes: ReparsedReportDto['statedChanges'] = [];
    if ((patch.statedOffice ?? null) !== report.statedOffice) {
      changes.push({
        field: 'office',
        before: report.statedOffice,
        after: patch.statedOffice ?? null,
      });
    }
    if ((patch.statedYear ?? null) !== report.statedYear) {
      changes.push({
        field: 'year',
        before: report.statedYear === null ? null : String(report.statedYear),
        after: patch.statedYear == null ? null : String(patch.statedYear),
      });
    }
    return changes;
  }
}
