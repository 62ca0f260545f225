import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { DemoController } from './demo.controller';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [ReportsModule],
  controllers: [DemoController],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoModule {}
