import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { StatsModule } from '../stats/stats.module';
import { BootController } from './boot.controller';
import { BootService } from './boot.service';

@Module({
  imports: [StatsModule, RegionsModule],
  controllers: [BootController],
  providers: [BootService],
})
export class BootModule {}
