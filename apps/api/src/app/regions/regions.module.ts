import { Module } from '@nestjs/common';
import { DivisionsService } from './divisions/divisions.service';
import { ImportUploadInterceptor } from './import/import-upload.interceptor';
import { RegionImportService } from './import/region-import.service';
import { RegionToolsController } from './region-tools.controller';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  // The tools first: their fixed paths (import, divisions) before the `:id` routes.
  controllers: [RegionToolsController, RegionsController],
  providers: [RegionsService, RegionImportService, DivisionsService, ImportUploadInterceptor],
  exports: [RegionsService],
})
export class RegionsModule {}
