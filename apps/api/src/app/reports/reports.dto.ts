import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INGEST_STATUSES, type IngestStatus } from '@ogi/report-ingestion';
import { REPORT_STATUSES, type ReportStatus } from '@ogi/api-data-access';
import { CELL_STATUSES, FORMAT_VERSIONS } from '@ogi/report-schema';

/**
 * Response shapes of the reports endpoints (also the OpenAPI schema). Entities never leave the
 * api: reports.mapper.ts builds these from them.
 */

export { INGEST_STATUSES, type IngestStatus };
export class OfficeRefDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true }) regionId!: number | null;
}

export class ProblemDto {
  @ApiProperty({ example: 'not_a_report' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() messageZh?: string;
}

export class LocationDto {
  @ApiPropertyOptional() line?: number;
  @ApiPropertyOptional() page?: number;
  @ApiPropertyOptional() x?: number;
  @ApiPropertyOptional() y?: number;
  @ApiPropertyOptional() table?: number;
  @ApiPropertyOptional() row?: number;
  @ApiPropertyOptional() column?: number;
  @ApiPropertyOptional({
    type: [Number],
    minItems: 4,
    maxItems: 4,
    description: 'OCR: the word box x0, y0, x1, y1 in points from the page top-left',
  })
  box?: [number, number, number, number];
  @ApiPropertyOptional({ description: 'OCR: the lowest character probability of the word (0..1)' })
  confidence?: number;
}

export class FindingDto {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['error', 'warning', 'info'] }) severity!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, nullable: true }) table!: string | null;
  @ApiProperty({ type: [String] }) keys!: string[];
  @ApiProperty({ type: LocationDto, nullable: true }) location!: LocationDto | null;
  @ApiPropertyOptional() ruleId?: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) expected?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) actual?: number | null;
}

export class IngestResultDto {
  @ApiProperty({ description: 'File name; entries of a ZIP archive as archive.zip/inner/path.txt' })
  file!: string;
  @ApiProperty({ enum: INGEST_STATUSES }) status!: IngestStatus;
  @ApiProperty({ type: Number, nullable: true }) reportId!: number | null;
  @ApiProperty({ type: OfficeRefDto, nullable: true }) office!: OfficeRefDto | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty({
    type: ProblemDto,
    nullable: true,
    description:
      'Why the file failed or needs input (office_not_stated, year_not_stated, office_ambiguous, …)',
  })
  error!: ProblemDto | null;
  @ApiPropertyOptional({
    type: [OfficeRefDto],
    description: 'The offices an ambiguous name matched',
  })
  candidates?: OfficeRefDto[];
}

export class IngestResponseDto {
  @ApiProperty({ type: [IngestResultDto] }) results!: IngestResultDto[];
}

export class FormatVersionDto {
  @ApiProperty({ type: String, nullable: true, enum: FORMAT_VERSIONS }) active!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: FORMAT_VERSIONS }) applications!:
    | string
    | null;
  @ApiProperty({ type: String, nullable: true, enum: FORMAT_VERSIONS }) appeals!: string | null;
}

export class ReportSummaryDto {
  @ApiProperty() id!: number;
  @ApiProperty({ type: OfficeRefDto, nullable: true }) office!: OfficeRefDto | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty() isCurrent!: boolean;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty({ type: FormatVersionDto }) formatVersion!: FormatVersionDto;
  @ApiProperty() parserVersion!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: ProblemDto, nullable: true }) error!: ProblemDto | null;
}

/** Error and warning findings of each kind (problem-kinds.ts in report-schema). */
export class FindingCountsDto {
  @ApiProperty({ description: '校验不通过: consistency rules failing' }) rule!: number;
  @ApiProperty({ description: '数值无法识别: cells that could not be read' }) unreadable!: number;
  @ApiProperty({ description: '表格未印出: tables absent or blank in the original' })
  not_printed!: number;
  @ApiProperty({ description: '待人工核对: cells read from a scan awaiting a person' })
  needs_review!: number;
  @ApiProperty({ description: '解析提示: anything else the parser noted' }) hint!: number;
}

export class ReportListItemDto extends ReportSummaryDto {
  @ApiProperty({ type: FindingCountsDto }) findingCounts!: FindingCountsDto;
}

export class ReportListDto {
  @ApiProperty({ type: [ReportListItemDto] }) items!: ReportListItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class CellDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ enum: CELL_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) raw!: string | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: LocationDto, nullable: true }) location!: LocationDto | null;
  @ApiProperty({ type: String, nullable: true }) assignedBy!: string | null;
  @ApiProperty({ description: 'Changed by a correction (see `corrections` for the values read)' })
  corrected!: boolean;
}

export class SourceFileDto {
  @ApiProperty() id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
}

export class ReportVersionDto {
  @ApiProperty() id!: number;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty() isCurrent!: boolean;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
  @ApiProperty() fileName!: string;
  @ApiProperty() parserVersion!: string;
  @ApiProperty() createdAt!: string;
}

export class CorrectionDto {
  @ApiProperty() id!: number;
  @ApiProperty() key!: string;
  @ApiProperty({ type: Number, nullable: true }) oldValue!: number | null;
  @ApiProperty({ enum: CELL_STATUSES, nullable: true }) oldStatus!: string | null;
  @ApiProperty({ type: Number, nullable: true }) newValue!: number | null;
  @ApiProperty({ enum: CELL_STATUSES, nullable: true }) newStatus!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty() user!: string;
  @ApiProperty() createdAt!: string;
}

export class ReportDetailDto extends ReportSummaryDto {
  @ApiProperty({ type: String, nullable: true, description: 'Office name as printed' })
  statedOffice!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Year as printed' })
  statedYear!: number | null;
  @ApiProperty({ type: SourceFileDto }) sourceFile!: SourceFileDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Canonical key → value, as `parse --json` gives them',
  })
  values!: Record<string, number | null>;
  @ApiProperty({ type: [CellDto] }) cells!: CellDto[];
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty({
    type: [ReportVersionDto],
    description: 'Every version of the same office and year, newest first',
  })
  versions!: ReportVersionDto[];
  @ApiProperty({
    type: [CorrectionDto],
    description: 'Manual corrections of cells, oldest first (the audit trail)',
  })
  corrections!: CorrectionDto[];
}

export class ReadableLineDto {
  @ApiProperty({ description: 'A paragraph, or a table row with its cells separated by " │ "' })
  text!: string;
  @ApiProperty({
    type: LocationDto,
    description:
      'Where the parser read the cells of this line: a paragraph number, or table and row',
  })
  location!: LocationDto;
}

export class ReadableOriginalDto {
  @ApiProperty({ type: [ReadableLineDto] }) lines!: ReadableLineDto[];
}
