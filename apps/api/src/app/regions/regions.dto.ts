import { ApiProperty } from '@nestjs/swagger';
import { OFFICE_KINDS, REGION_LEVELS } from '@ogi/report-schema';

/** Response shapes of the regions endpoints (also the OpenAPI schema); regions.mapper.ts builds them. */

export class RegionRefDto {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REGION_LEVELS }) level!: string;
}

export class RegionDto extends RegionRefDto {
  @ApiProperty({ type: Number, nullable: true }) parentId!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'National division code' })
  code!: string | null;
  @ApiProperty({ description: 'Materialised path of ids, e.g. /1/4/17/' }) path!: string;
  @ApiProperty({ description: 'Offices directly in this region' }) officeCount!: number;
  @ApiProperty({ description: 'Current reports of the offices anywhere in this subtree' })
  reportCount!: number;
  @ApiProperty() isDemo!: boolean;
}

export class RegionListDto {
  @ApiProperty({ type: [RegionDto], description: 'Every region, parents before children' })
  items!: RegionDto[];
}

export class RegionDetailDto extends RegionDto {
  @ApiProperty({ type: [RegionRefDto], description: 'From the root down to this region' })
  lineage!: RegionRefDto[];
  @ApiProperty() childCount!: number;
}

export class ImportRegionStepDto {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REGION_LEVELS }) level!: string;
  @ApiProperty({ enum: ['created', 'existing'] }) status!: string;
}

export class ImportOfficeDto {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OFFICE_KINDS }) kind!: string;
  @ApiProperty({ enum: ['created', 'existing'] }) status!: string;
}

export class ImportPreviewRowDto {
  @ApiProperty({ description: 'Row of the file (the header is row 1)' }) row!: number;
  @ApiProperty({ type: [ImportRegionStepDto] }) path!: ImportRegionStepDto[];
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ type: ImportOfficeDto, nullable: true }) office!: ImportOfficeDto | null;
}

export class ImportRejectedRowDto {
  @ApiProperty() row!: number;
  @ApiProperty() reason!: string;
}

export class RegionImportResultDto {
  @ApiProperty({ description: 'true: nothing was written' }) dryRun!: boolean;
  @ApiProperty() regionsCreated!: number;
  @ApiProperty({ description: 'Regions named by accepted rows that existed already' })
  regionsExisting!: number;
  @ApiProperty() officesCreated!: number;
  @ApiProperty() officesExisting!: number;
  @ApiProperty({ type: [ImportRejectedRowDto] }) rejected!: ImportRejectedRowDto[];
  @ApiProperty({ type: [ImportPreviewRowDto], description: 'One entry per accepted row' })
  preview!: ImportPreviewRowDto[];
}

export class DivisionProvinceDto {
  @ApiProperty({ example: '11' }) code!: string;
  @ApiProperty({ example: '北京市' }) name!: string;
}

export class DivisionConflictDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() reason!: string;
}

export class DivisionLoadResultDto {
  @ApiProperty() provinces!: number;
  @ApiProperty() regionsCreated!: number;
  @ApiProperty({ description: 'Divisions matched to a region by code or by name' })
  regionsExisting!: number;
  @ApiProperty({ description: 'Regions matched by name that got the division code' })
  codesSet!: number;
  @ApiProperty({
    type: [DivisionConflictDto],
    description: 'Divisions left as they are: a region of that name holds another code',
  })
  conflicts!: DivisionConflictDto[];
}
