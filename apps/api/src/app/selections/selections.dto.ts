import { ApiProperty } from '@nestjs/swagger';

export class SelectionIdDto {
  @ApiProperty({ description: 'Pass as selection=<id> to /api/stats/* and /api/exports/*' })
  id!: string;
  @ApiProperty() officeCount!: number;
  @ApiProperty() regionCount!: number;
}

export class SelectionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [Number], description: 'Ascending; only offices the caller may see' })
  officeIds!: number[];
  @ApiProperty({ type: [Number], description: 'Ascending; only regions the caller may see' })
  regionIds!: number[];
  @ApiProperty({ description: 'When the lists were first stored (ISO 8601)' }) createdAt!: string;
}
