import { Injectable, NotFoundException } from '@nestjs/common';
import { Database, Repositories } from '@ogi/api-data-access';
import type { AccessScope } from '../auth/access-scope';
import { visibleReport } from '../auth/scope-checks';
import type { ReportPagesDto } from './report-pages.dto';

export interface PageImage {
  mediaType: string;
  bytes: Buffer;
}

/** The page images OCR kept of a scanned original, under the same scope as the original. */
@Injectable()
export class ReportPagesService {
  constructor(private readonly db: Database) {}

  list(access: AccessScope, id: number): Promise<ReportPagesDto> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(repos, access, id);
      const pages = await repos.sourcePages.listOf(report.sourceFileId);
      return {
        pages: pages.map((page) => ({
          page: page.page,
          imageWidth: page.imageWidth,
          imageHeight: page.imageHeight,
          pageWidth: page.pageWidth,
          pageHeight: page.pageHeight,
          read: page.ocr !== null,
        })),
      };
    });
  }

  image(access: AccessScope, id: number, page: number): Promise<PageImage> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await visibleReport(repos, access, id);
      const image = await repos.sourcePages.image(report.sourceFileId, page);
      if (!image) throw new NotFoundException(`report ${id} has no page image ${page}`);
      return { mediaType: image.mediaType, bytes: image.bytes };
    });
  }
}
