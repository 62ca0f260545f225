import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FORMAT_VERSIONS, OFFICE_KINDS } from '@ogi/report-schema';

/** Pieces every stats response shares (also the OpenAPI schema). */

export class MetricInfoDto {
  @ApiProperty({ example: 'disclosure_rate' }) id!: string;
  @ApiProperty({ example: '公开率' }) label!: string;
  @ApiProperty({ example: 'Disclosure rate' }) labelEn!: string;
  @ApiProperty({ enum: ['count', 'amount', 'rate'] }) kind!: string;
  @ApiProperty({ enum: ['applications', 'outcomes', 'applicants', 'appeals', 'active'] })
  group!: string;
  @ApiProperty({ enum: ['件', '万元', '%'] }) unit!: string;
  @ApiPropertyOptional({ example: '予以公开 + 部分公开' }) numeratorLabel?: string;
  @ApiPropertyOptional({ example: '办理结果总计' }) denominatorLabel?: string;
}

export class MetricStatDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Sum of the numerators of the reports that have the figure',
  })
  numerator!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Rates: sum of the denominators' })
  denominator!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Counts: the numerator; rates: numerator ÷ denominator, null when it is 0',
  })
  value!: number | null;
  @ApiProperty({ description: 'A rate on a denominator under 5' }) smallSample!: boolean;
  @ApiProperty({ description: 'Reports that contributed (the n of "n of m reports")' })
  reports!: number;
  @ApiProperty({ description: 'Reports in scope without the figure (missing or not in format)' })
  missing!: number;
}

export class ChangeDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'value − previous value (rates: in fractions, 0.05 = 5 points)',
  })
  absolute!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '(value − previous) ÷ previous; null when the previous value is 0 or unknown',
  })
  relative!: number | null;
}

export class StatsFilterDto {
  @ApiProperty() yearFrom!: number;
  @ApiProperty() yearTo!: number;
  @ApiProperty({ type: [Number] }) regionIds!: number[];
  @ApiProperty({ type: [Number] }) officeIds!: number[];
  @ApiProperty({ type: [String] }) officeKinds!: string[];
  @ApiProperty({ type: String, nullable: true, enum: FORMAT_VERSIONS }) format!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The stored selection applied' })
  selection!: string | null;
}

export class StatsOfficeDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OFFICE_KINDS }) kind!: string;
  @ApiProperty({ type: Number, nullable: true }) regionId!: number | null;
}

export const METRIC_VALUES_SCHEMA = {
  type: 'object',
  description: 'Metric id → its value over the reports of this row',
  additionalProperties: { $ref: '#/components/schemas/MetricStatDto' },
} as const;

export class ValuesRowDto {
  @ApiProperty({ description: 'Current reports in this row (the m of "n of m reports")' })
  reports!: number;
  @ApiProperty(METRIC_VALUES_SCHEMA) values!: Record<string, MetricStatDto>;
}

export class YearValuesDto extends ValuesRowDto {
  @ApiProperty() year!: number;
}
