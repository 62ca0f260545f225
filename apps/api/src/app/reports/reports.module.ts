import { Module } from '@nestjs/common';
import { ExtractorsLifecycle } from './extractors.lifecycle';
import { IngestionService } from './ingestion.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { UploadInterceptor } from './upload.interceptor';

@Module({
  controllers: [ReportsController],
  providers: [IngestionService, ReportsService, UploadInterceptor, ExtractorsLifecycle],
  exports: [IngestionService],
})
export class ReportsModule {}
