import { ApiProperty } from '@nestjs/swagger';
import type { DemoRemoval } from '@ogi/api-data-access';
import type { DemoStatus } from './demo-data.service';

/** GET /api/demo. */
export class DemoStatusDto implements DemoStatus {
  @ApiProperty({ description: 'Demo reports are stored' }) present!: boolean;
  @ApiProperty({ description: 'How many demo reports' }) reports!: number;
  @ApiProperty({ description: 'An instance is loading the demo now' }) loading!: boolean;
}

/** DELETE /api/demo: the rows removed. */
export class DemoRemovalDto implements DemoRemoval {
  @ApiProperty() reports!: number;
  @ApiProperty() sourceFiles!: number;
  @ApiProperty() offices!: number;
  @ApiProperty() regions!: number;
}
