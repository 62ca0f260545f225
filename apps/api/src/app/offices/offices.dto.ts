import { ApiProperty } from '@nestjs/swagger';
import { OFFICE_KINDS } from '@ogi/api-data-access';
import { RegionRefDto } from '../regions/regions.dto';

/** Response shapes of the offices endpoints (bodies: @ogi/api-params); offices.mapper.ts builds the responses. */

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

export class OfficeMergePreviewDto {
  @ApiProperty({
    type: [Number],
    description: 'Years in which both offices have report versions, ascending',
  })
  sharedYears!: number[];
  @ApiProperty({
    type: [MergedReportDto],
    description: 'Current versions that stop being current (a shared year keeps the later one)',
  })
  noLongerCurrent!: MergedReportDto[];
  @ApiProperty({
    type: [MergedReportDto],
    description: 'Every report the merge would move or renumber',
  })
  reports!: MergedReportDto[];
}

export class OfficeMergeListDto {
  @ApiProperty({ type: [OfficeMergeDto] }) items!: OfficeMergeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
