import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthStatus } from './health.service';

export class DatabaseHealthDto implements Readonly<HealthStatus['database']> {
  @ApiProperty({ enum: ['sqlite', 'postgres'] }) type!: HealthStatus['database']['type'];
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ description: 'Why the database does not answer' }) error?: string;
}

/** GET /api/health (200 when up, 503 with the same shape when the database is down). */
export class HealthDto implements HealthStatus {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty() version!: string;
  @ApiProperty() uptimeSeconds!: number;
  @ApiProperty({ type: DatabaseHealthDto }) database!: DatabaseHealthDto;
}
