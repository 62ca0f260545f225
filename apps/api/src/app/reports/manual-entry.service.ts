import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Office, Repositories } from '@ogi/api-data-access';
import type { ManualEntryInput } from '@ogi/api-params';
import { Ingestor } from '@ogi/report-ingestion';
import { ManualEntryError } from '@ogi/report-parser';
import type { AccessScope } from '../auth/access-scope';
import { outOfScope } from '../auth/access-scope';
import { assertRegionUsable, officeVisible, visibleReport } from '../auth/scope-checks';
import type { ResolveResultDto } from './report-edits.dto';
import { officeByName } from './office-by-name';
import { ReportsService } from './reports.service';

/**
 * Reports entered by hand (填报): the caller's office and file checked against their regions, then
 * stored by the Ingestor as a new current version, and answered as the report page shows it.
 */
@Injectable()
export class ManualEntryService {
  constructor(
    private readonly ingestor: Ingestor,
    private readonly reports: ReportsService,
  ) {}

  async enter(access: AccessScope, input: ManualEntryInput): Promise<ResolveResultDto> {
    try {
      const stored = await this.ingestor.storeManual(async (repos) => {
        const fileReport = await this.fileReport(repos, access, input.sourceFileId);
        const office = await this.office(repos, access, input, fileReport?.isDemo ?? false);
        return {
          fileReport,
          entry: {
            office,
            year: input.year,
            format: input.format,
            values: input.values,
            sourceFileId: input.sourceFileId,
            user: { id: access.userId, name: access.username },
            demo: fileReport?.isDemo ?? false,
          },
        };
      });
      return { status: stored.status, report: await this.reports.get(access, stored.reportId) };
    } catch (err) {
      if (err instanceof ManualEntryError) throw new BadRequestException(err.message);
      throw err;
    }
  }

  /** The report of the file the values were typed from, when the caller may see it (404 else). */
  private async fileReport(repos: Repositories, access: AccessScope, fileId: number | undefined) {
    if (fileId === undefined) return null;
    const report = await repos.reports.findBySourceFile(fileId);
    if (!report) throw new NotFoundException(`source file ${fileId} does not exist`);
    return visibleReport(repos, access, report.id, report);
  }

  private async office(
    repos: Repositories,
    access: AccessScope,
    input: ManualEntryInput,
    demo: boolean,
  ): Promise<Office> {
    let office: Office;
    if (input.officeId !== undefined) {
      const found = await repos.offices.findById(input.officeId);
      if (!found) throw new BadRequestException(`officeId ${input.officeId}: no such office`);
      office = found;
    } else {
      await assertRegionUsable(repos, access, input.regionId);
      office = await officeByName(
        repos,
        'the entry',
        input.officeName as string,
        input.regionId,
        demo,
      );
    }
    // A name matched (or created) outside the caller's regions: refused, the transaction undone.
    if (!(await officeVisible(repos, access, office))) throw outOfScope(`单位 ${office.id}`);
    return office;
  }
}
