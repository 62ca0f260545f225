import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { COVERAGE_ONLY, type CoverageOnly } from '@ogi/report-schema';
import {
  ChangeDto,
  MetricInfoDto,
  MetricStatDto,
  StatsFilterDto,
  StatsOfficeDto,
  ValuesRowDto,
  YearValuesDto,
} from './stats-values.dto';

/** Response shapes of /api/stats (also the OpenAPI schema). */

export class MetricListDto {
  @ApiProperty({ type: [MetricInfoDto] }) items!: MetricInfoDto[];
}

export class AvailableYearsDto {
  @ApiProperty({ type: [Number], example: [2021, 2022, 2023] }) years!: number[];
}

export class SeriesDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({ type: [MetricInfoDto] }) metrics!: MetricInfoDto[];
  @ApiProperty({ type: [YearValuesDto], description: 'Every year of the range, oldest first' })
  years!: YearValuesDto[];
}

export class DistributionDto extends SeriesDto {
  @ApiProperty({ type: ValuesRowDto, description: 'The whole year range together' })
  total!: ValuesRowDto;
}

export class KpiDto {
  @ApiProperty({ type: MetricInfoDto }) metric!: MetricInfoDto;
  @ApiProperty({ type: MetricStatDto }) current!: MetricStatDto;
  @ApiProperty({ type: MetricStatDto }) previous!: MetricStatDto;
  @ApiProperty({ type: ChangeDto }) change!: ChangeDto;
}

export class ReportCountDto {
  @ApiProperty() current!: number;
  @ApiProperty() previous!: number;
  @ApiProperty({ type: ChangeDto }) change!: ChangeDto;
}

export class CoverageTotalsDto {
  @ApiProperty({ description: 'Offices matching the region, office and kind filters' })
  offices!: number;
  @ApiProperty({ type: [Number] }) years!: number[];
  @ApiProperty({
    description:
      'Offices with a region × years, plus the reports of offices without one (they are not counted as missing until placed)',
  })
  expected!: number;
  @ApiProperty({ description: 'Current reports with status ok (either format)' })
  present!: number;
  @ApiProperty() missing!: number;
  @ApiProperty({ description: 'Present reports with error-severity findings' }) failing!: number;
  @ApiProperty({ description: 'Offices without a region (未分配地区), included in `offices`' })
  unplaced!: number;
}

export class SummaryDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({ description: 'The last year of the range' }) year!: number;
  @ApiProperty() previousYear!: number;
  @ApiProperty({ type: ReportCountDto }) reports!: ReportCountDto;
  @ApiProperty({
    type: [KpiDto],
    description: 'Applications new, carried over, handled; disclosure rate; correction rate',
  })
  headline!: KpiDto[];
  @ApiProperty({ type: [KpiDto], description: 'Each reason for withholding or not providing' })
  refusalReasons!: KpiDto[];
  @ApiProperty({ type: [KpiDto], description: 'Review and litigation cases by result' })
  appeals!: KpiDto[];
  @ApiProperty({ type: CoverageTotalsDto, description: 'Over the whole year range' })
  coverage!: CoverageTotalsDto;
}

export class BreakdownGroupDto extends ValuesRowDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ description: 'Region groups: their level' }) level?: string;
  @ApiPropertyOptional({ description: 'Office groups: their kind' }) kind?: string;
}

export class BreakdownDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({ enum: ['region', 'office'] }) groupBy!: string;
  @ApiPropertyOptional() level?: string;
  @ApiPropertyOptional() parentId?: number;
  @ApiProperty({ type: [MetricInfoDto] }) metrics!: MetricInfoDto[];
  @ApiProperty({ type: [BreakdownGroupDto], description: 'Groups with reports, by name' })
  groups!: BreakdownGroupDto[];
  @ApiProperty({ description: 'More groups than `limit` had reports; the rest are left out' })
  truncated!: boolean;
}

export class RankingItemDto {
  @ApiProperty() rank!: number;
  @ApiProperty({ type: StatsOfficeDto }) office!: StatsOfficeDto;
  @ApiProperty({ type: MetricStatDto }) current!: MetricStatDto;
  @ApiProperty({ type: MetricStatDto, nullable: true, description: 'null: no report that year' })
  previous!: MetricStatDto | null;
  @ApiProperty({ type: ChangeDto }) change!: ChangeDto;
}

export class RankingDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({ type: MetricInfoDto }) metric!: MetricInfoDto;
  @ApiProperty() year!: number;
  @ApiProperty() previousYear!: number;
  @ApiProperty({ enum: ['asc', 'desc'] }) order!: string;
  @ApiProperty({ description: 'Reports of the year in scope' }) reports!: number;
  @ApiProperty({ description: 'Offices with a value (rates: a non-zero denominator)' })
  ranked!: number;
  @ApiProperty({ type: [RankingItemDto] }) items!: RankingItemDto[];
}

export class MatrixRowDto {
  @ApiProperty({ type: StatsOfficeDto }) office!: StatsOfficeDto;
  @ApiProperty({
    type: 'array',
    items: { allOf: [{ $ref: getSchemaPath(MetricStatDto) }], nullable: true },
    description: 'One per year of `years`; null where the office has no current report',
  })
  values!: (MetricStatDto | null)[];
}

export class MatrixDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({ type: MetricInfoDto }) metric!: MetricInfoDto;
  @ApiProperty({ type: [Number] }) years!: number[];
  @ApiProperty({ description: 'Offices in scope (rows of every page)' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [MatrixRowDto], description: 'Offices in scope by name' })
  rows!: MatrixRowDto[];
}

export const COVERAGE_STATES = ['ok', 'failing', 'missing'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export class CoverageRowDto {
  @ApiProperty({ type: StatsOfficeDto }) office!: StatsOfficeDto;
  @ApiProperty({
    enum: COVERAGE_STATES,
    isArray: true,
    description: 'One per year: ok, failing (error-severity findings) or missing',
  })
  years!: CoverageState[];
  @ApiProperty({
    type: 'array',
    items: { type: 'integer', nullable: true },
    description: 'One per year: the current report behind the cell, null when missing',
  })
  reportIds!: (number | null)[];
}

export class CoverageDto extends CoverageTotalsDto {
  @ApiProperty({ type: StatsFilterDto }) filter!: StatsFilterDto;
  @ApiProperty({
    enum: COVERAGE_ONLY,
    nullable: true,
    description: 'The rows shown: only offices with a year missing, or with errors; null: all',
  })
  only!: CoverageOnly | null;
  @ApiProperty({ description: 'Offices listed (all of them unless `only` is given)' })
  rowsTotal!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [CoverageRowDto] }) rows!: CoverageRowDto[];
}
