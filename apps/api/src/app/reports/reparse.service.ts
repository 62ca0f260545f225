import { Injectable } from '@nestjs/common';
import { Ingestor } from '@ogi/report-ingestion';
import { PARSER_VERSION } from '@ogi/report-parser';
import type { ReparseInput } from '@ogi/api-params';
import type { ReparsedReportDto, ReparseResultDto } from './report-edits.dto';

/**
 * Reads stored originals again with the current parser, a page per call, through the Ingestor
 * (@ogi/report-ingestion): manual corrections are put back on top; a report the current parser
 * cannot read keeps its stored reading; a report that failed before and now reads waits for its
 * office and year (POST /api/reports/:id/resolve); a report is never moved to another office or
 * year here: a changed stated office or year is only reported.
 */
@Injectable()
export class ReparseService {
  constructor(private readonly ingestor: Ingestor) {}

  async reparse(input: ReparseInput): Promise<ReparseResultDto> {
    const { reports, nextAfterId } = await this.ingestor.reread(input);
    const count = (outcome: ReparsedReportDto['outcome']) =>
      reports.filter((report) => report.outcome === outcome).length;
    return {
      parserVersion: PARSER_VERSION,
      processed: reports.length,
      changed: count('changed'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      nextAfterId,
      reports,
    };
  }
}
