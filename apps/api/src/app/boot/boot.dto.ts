import { ApiProperty } from '@nestjs/swagger';
import { SessionDto } from '../auth/auth.dto';
import { RegionListDto } from '../regions/regions.dto';

export class BootDto {
  @ApiProperty({ type: SessionDto }) session!: SessionDto;
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'As GET /api/stats/years answers; null when nobody is logged in',
  })
  years!: number[] | null;
  @ApiProperty({
    type: RegionListDto,
    nullable: true,
    description: 'As GET /api/regions answers; null when nobody is logged in',
  })
  regions!: RegionListDto | null;
}
