import { Module } from '@nestjs/common';
import { OfficeMergeService } from './merge/office-merge.service';
import { OfficeMergesController } from './merge/office-merges.controller';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';

@Module({
  // Merges first: their fixed paths (merge, merges) before the `:id` routes.
  controllers: [OfficeMergesController, OfficesController],
  providers: [OfficesService, OfficeMergeService],
})
export class OfficesModule {}
