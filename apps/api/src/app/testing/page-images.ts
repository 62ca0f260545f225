import { Repositories, type Database, type StoredPageOcr } from '@ogi/api-data-access';
import sharp from 'sharp';

/** An A4 page in points, as the OCR job stores it. */
const A4 = { width: 595, height: 842 };

/** A small white JPEG standing in for a scanned page (its bytes are what the API answers). */
export function pageJpeg(width = 60, height = 85): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .jpeg({ quality: 60 })
    .toBuffer();
}

/**
 * Stores page images of a report's original as the OCR job does (source_pages), so routes and
 * screens that show scans can be tested without running OCR. Answers the stored bytes per page.
 */
export async function storePageImages(
  db: Database,
  reportId: number,
  pages: number,
  ocr: StoredPageOcr | null = { pdfPage: null, words: [], skewDegrees: 0 },
): Promise<Buffer[]> {
  const images: Buffer[] = [];
  for (let page = 1; page <= pages; page += 1) images.push(await pageJpeg(60 + page, 85));
  await db.write(async (manager) => {
    const repos = new Repositories(manager);
    const report = await repos.reports.findById(reportId);
    if (!report) throw new Error(`report ${reportId} does not exist`);
    for (const [index, image] of images.entries()) {
      await repos.sourcePages.save({
        sourceFileId: report.sourceFileId,
        page: index + 1,
        imageMediaType: 'image/jpeg',
        image,
        imageWidth: 60 + index + 1,
        imageHeight: 85,
        pageWidth: A4.width,
        pageHeight: A4.height,
        ocr,
        createdAt: Date.now(),
      });
    }
  });
  return images;
}
