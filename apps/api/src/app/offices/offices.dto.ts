import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OFFICE_KINDS } from '@ogi/api-data-access';
import { RegionRefDto } from '../regions/regions.dto';

/** Response and body shapes of the offices endpoints; offices.mapper.ts builds the responses. */

export class OfficeDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OFFICE_KINDS }) kind!: string;
  @ApiProperty({ type: Number, nullable: true }) regionId!: number | null;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty() isDemo!: boolean;
}

export class OfficeListDto {
  @ApiProperty({ type: [OfficeDto] }) items!: OfficeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

export class OfficeDetailDto extends OfficeDto {
  @ApiProperty({ type: [RegionRefDto], description: 'The region and its ancestors, root first' })
  regionPath!: RegionRefDto[];
  @ApiProperty({ description: 'Current reports (one per year)' }) reportCount!: number;
}

export class CreateOfficeBodyDto {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ enum: OFFICE_KINDS, description: 'Default: inferred from the name' })
  kind?: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) regionId?: number | null;
  @ApiPropertyOptional({
    type: [String],
    description: 'Default: the usual other forms (东兴街道 ⇄ 东兴街道办事处)',
  })
  aliases?: string[];
}

export class UpdateOfficeBodyDto {
  @ApiPropertyOptional({ description: 'The old name becomes an alias' }) name?: string;
  @ApiPropertyOptional({ enum: OFFICE_KINDS }) kind?: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) regionId?: number | null;
  @ApiPropertyOptional({ type: [String] }) addAliases?: string[];
  @ApiPropertyOptional({ type: [String] }) removeAliases?: string[];
}

export class MergeOfficesBodyDto {
  @ApiProperty({ description: 'The office that goes away' }) sourceId!: number;
  @ApiProperty({ description: 'The office that stays and receives reports and names' })
  targetId!: number;
}

export class MergedReportDto {
  @ApiProperty() id!: number;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty() fromOfficeId!: number;
  @ApiProperty({ type: Number, nullable: true }) versionBefore!: number | null;
  @ApiProperty() currentBefore!: boolean;
  @ApiProperty({ type: Number, nullable: true }) versionAfter!: number | null;
  @ApiProperty() currentAfter!: boolean;
}

export class OfficeMergeDto {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'Id of the merged (removed) office, restored by an undo' })
  sourceId!: number;
  @ApiProperty() sourceName!: string;
  @ApiProperty({ enum: OFFICE_KINDS }) sourceKind!: string;
  @ApiProperty({ type: Number, nullable: true }) sourceRegionId!: number | null;
  @ApiProperty({ type: [String] }) sourceAliases!: string[];
  @ApiProperty() targetId!: number;
  @ApiProperty({ type: [MergedReportDto], description: 'Reports moved or renumbered' })
  reports!: MergedReportDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) undoneAt!: string | null;
}

export class OfficeMergeListDto {
  @ApiProperty({ type: [OfficeMergeDto] }) items!: OfficeMergeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
