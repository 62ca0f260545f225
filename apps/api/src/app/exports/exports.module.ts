import { Module } from '@nestjs/common';
import { StatsModule } from '../stats/stats.module';
import { ExportsCompareService } from './exports-compare.service';
import { ExportsDataService } from './exports-data.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [StatsModule],
  controllers: [ExportsController],
  providers: [ExportsDataService, ExportsCompareService, ExportsService],
})
export class ExportsModule {}
