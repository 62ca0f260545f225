import { ApiProperty } from '@nestjs/swagger';
import { ProblemDto, ReportDetailDto } from './reports.dto';

/** Response shapes of correcting, resolving, versioning and re-reading reports. */

export class ResolveResultDto {
  @ApiProperty({ enum: ['created', 'new_version'] }) status!: 'created' | 'new_version';
  @ApiProperty({ type: ReportDetailDto }) report!: ReportDetailDto;
}

export class CellChangeDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: Number, nullable: true }) before!: number | null;
  @ApiProperty({ type: Number, nullable: true }) after!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: no such cell before' })
  statusBefore!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: no such cell now' })
  statusAfter!: string | null;
}

export class CorrectionConflictDto {
  @ApiProperty() key!: string;
  @ApiProperty() correctionId!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Read when first corrected' })
  correctedFromValue!: number | null;
  @ApiProperty({ type: String, nullable: true }) correctedFromStatus!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Read now' })
  parsedValue!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: the cell is gone' })
  parsedStatus!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The corrected value' })
  value!: number | null;
  @ApiProperty({ type: String, nullable: true }) status!: string | null;
  @ApiProperty({ description: 'Whether the correction was put on top again' })
  reapplied!: boolean;
}

export class StatedChangeDto {
  @ApiProperty({ enum: ['office', 'year'] }) field!: 'office' | 'year';
  @ApiProperty({ type: String, nullable: true }) before!: string | null;
  @ApiProperty({ type: String, nullable: true }) after!: string | null;
}

export class ReparsedReportDto {
  @ApiProperty() reportId!: number;
  @ApiProperty() file!: string;
  @ApiProperty({
    enum: ['changed', 'unchanged', 'failed'],
    description: 'failed: not readable now (a stored reading is kept)',
  })
  outcome!: 'changed' | 'unchanged' | 'failed';
  @ApiProperty({ type: String, nullable: true }) statusBefore!: string | null;
  @ApiProperty({ type: String, nullable: true }) statusAfter!: string | null;
  @ApiProperty({ type: String, nullable: true }) parserVersionBefore!: string | null;
  @ApiProperty({ type: [CellChangeDto], description: 'Values as stored, corrections included' })
  changedCells!: CellChangeDto[];
  @ApiProperty() findingsBefore!: number;
  @ApiProperty() findingsAfter!: number;
  @ApiProperty({
    type: [CorrectionConflictDto],
    description: 'Corrections whose cell the parser now reads differently than when corrected',
  })
  corrections!: CorrectionConflictDto[];
  @ApiProperty({
    type: [StatedChangeDto],
    description: 'Office or year now read differently (the report is not moved)',
  })
  statedChanges!: StatedChangeDto[];
  @ApiProperty({ type: ProblemDto, nullable: true }) error!: ProblemDto | null;
}

export class ReparseResultDto {
  @ApiProperty() parserVersion!: string;
  @ApiProperty() processed!: number;
  @ApiProperty() changed!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Send as afterId for the next page; null when done',
  })
  nextAfterId!: number | null;
  @ApiProperty({ type: [ReparsedReportDto] }) reports!: ReparsedReportDto[];
}
