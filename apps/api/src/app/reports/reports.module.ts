import { Module } from '@nestjs/common';
import { CorrectionsService } from './corrections.service';
import { ExtractorsLifecycle } from './extractors.lifecycle';
import { IngestionService } from './ingestion.service';
import { ingestorProvider } from './ingestor.provider';
import { ManualEntryService } from './manual-entry.service';
import { OcrRunnerService } from './ocr-runner.service';
import { ReparseService } from './reparse.service';
import { ReportEditsController } from './report-edits.controller';
import { ReportPagesController } from './report-pages.controller';
import { ReportPagesService } from './report-pages.service';
import { ReportVersionsService } from './report-versions.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { UploadInterceptor } from './upload.interceptor';

@Module({
  controllers: [ReportsController, ReportEditsController, ReportPagesController],
  providers: [
    ingestorProvider,
    IngestionService,
    ReportsService,
    UploadInterceptor,
    ExtractorsLifecycle,
    CorrectionsService,
    ReportVersionsService,
    ReparseService,
    ManualEntryService,
    ReportPagesService,
    OcrRunnerService,
  ],
  exports: [IngestionService],
})
export class ReportsModule {}
