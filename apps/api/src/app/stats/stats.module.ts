import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller';
import { StatsTablesService } from './stats-tables.service';
import { StatsService } from './stats.service';

@Module({
  controllers: [StatsController],
  providers: [StatsService, StatsTablesService],
  exports: [StatsService, StatsTablesService],
})
export class StatsModule {}
