import type { EntityManager } from 'typeorm';
import type { SourcePage, StoredPageOcr } from '../entities/model';
import { queryWithParameters } from './parameterised-sql';

/** A page without its image bytes. */
export type SourcePageInfo = Omit<SourcePage, 'image'>;

interface PageRow {
  source_file_id: number | string;
  page: number | string;
  image_media_type: string;
  image_width: number | string;
  image_height: number | string;
  page_width: number | string;
  page_height: number | string;
  ocr: string | null;
  created_at: number | string;
}

function toInfo(row: PageRow): SourcePageInfo {
  return {
    sourceFileId: Number(row.source_file_id),
    page: Number(row.page),
    imageMediaType: row.image_media_type,
    imageWidth: Number(row.image_width),
    imageHeight: Number(row.image_height),
    pageWidth: Number(row.page_width),
    pageHeight: Number(row.page_height),
    ocr: row.ocr === null ? null : (JSON.parse(row.ocr) as StoredPageOcr),
    createdAt: Number(row.created_at),
  };
}

const INFO = `"source_file_id", "page", "image_media_type", "image_width", "image_height", "page_width", "page_height", "ocr", "created_at"`;

/** The page images of scanned files and their OCR readings, written page by page by the job. */
export class SourcePagesRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Stores a page (or replaces it: a page read again after a lost lease). */
  async save(page: SourcePage): Promise<void> {
    await queryWithParameters(
      this.manager,
      `INSERT INTO "source_pages" (${INFO}, "image") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT ("source_file_id", "page") DO UPDATE SET "image_media_type" = excluded."image_media_type", "image_width" = excluded."image_width", "image_height" = excluded."image_height", "page_width" = excluded."page_width", "page_height" = excluded."page_height", "ocr" = excluded."ocr", "image" = excluded."image"`,
      [
        page.sourceFileId,
        page.page,
        page.imageMediaType,
        page.imageWidth,
        page.imageHeight,
        page.pageWidth,
        page.pageHeight,
        page.ocr === null ? null : JSON.stringify(page.ocr),
        page.createdAt,
        page.image,
      ],
    );
  }

  /** The pages of a file with their readings, in page order, without the images. */
  async listOf(sourceFileId: number): Promise<SourcePageInfo[]> {
    const rows = await queryWithParameters<PageRow[]>(
      this.manager,
      `SELECT ${INFO} FROM "source_pages" WHERE "source_file_id" = ? ORDER BY "page"`,
      [sourceFileId],
    );
    return rows.map(toInfo);
  }

  /** The page numbers already read (a resumed job skips them). */
  async pagesRead(sourceFileId: number): Promise<number[]> {
    const rows = await queryWithParameters<{ page: number | string }[]>(
      this.manager,
      `SELECT "page" FROM "source_pages" WHERE "source_file_id" = ? AND "ocr" IS NOT NULL ORDER BY "page"`,
      [sourceFileId],
    );
    return rows.map((row) => Number(row.page));
  }

  /** One page's image, for showing it beside the tables. */
  async image(
    sourceFileId: number,
    page: number,
  ): Promise<{ mediaType: string; bytes: Buffer; width: number; height: number } | null> {
    const rows = await queryWithParameters<
      {
        image_media_type: string;
        image: Buffer | Uint8Array;
        image_width: number | string;
        image_height: number | string;
      }[]
    >(
      this.manager,
      `SELECT "image_media_type", "image", "image_width", "image_height" FROM "source_pages" WHERE "source_file_id" = ? AND "page" = ?`,
      [sourceFileId, page],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      mediaType: row.image_media_type,
      bytes: Buffer.from(row.image),
      width: Number(row.image_width),
      height: Number(row.image_height),
    };
  }
}
