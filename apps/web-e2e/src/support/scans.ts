import {
  connectDataSource,
  createDataSourceOptions,
  Database,
  Repositories,
  type StoredLocation,
} from '@ogi/api-data-access';
import { asParseFinding } from '@ogi/report-ingestion';
import sharp from 'sharp';

/** An A4 page in points, drawn at 2 pixels per point (144 dpi). */
const PAGE = { width: 595, height: 842, scale: 2 };

export interface SeededCell {
  key: string;
  /** The word box in points. */
  box: [number, number, number, number];
  confidence: number;
}

/**
 * Makes a stored report look as the OCR job leaves a scan, straight in the server's SQLite file:
 * a page image with the given cells' values drawn in their boxes (source_pages), the cells located
 * on it with box and confidence, and a needs_review finding for each cell in `doubtful`. For the
 * browser tests of the review beside the image, which need no OCR run.
 */
export async function seedScannedReport(
  databasePath: string,
  reportId: number,
  cells: readonly SeededCell[],
  doubtful: readonly string[],
): Promise<void> {
  const dataSource = await connectDataSource(
    createDataSourceOptions({ type: 'sqlite', path: databasePath }),
  );
  try {
    const db = new Database(dataSource);
    await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(reportId);
      if (!report) throw new Error(`report ${reportId} does not exist`);
      const stored = new Map((await repos.reports.cellsOf(reportId)).map((c) => [c.key, c]));
      const drawn: string[] = [];
      for (const cell of cells) {
        const row = stored.get(cell.key);
        if (!row) throw new Error(`report ${reportId} has no cell ${cell.key}`);
        const location: StoredLocation = {
          page: 1,
          x: cell.box[0],
          y: cell.box[3] - 2,
          box: cell.box,
          confidence: cell.confidence,
        };
        await manager.query(
          `UPDATE "report_cells" SET "location" = ? WHERE "report_id" = ? AND "key" = ?`,
          [JSON.stringify(location), reportId, cell.key],
        );
        drawn.push(textAt(row.raw ?? String(row.value ?? ''), cell.box));
      }
      const findings = (await repos.reports.findingsOf(reportId)).map(asParseFinding);
      const review = doubtful.map((key) => {
        const cell = cells.find((candidate) => candidate.key === key);
        return {
          code: 'needs_review' as const,
          severity: 'warning' as const,
          message: `表三 ${key} 识别置信度 ${Math.round((cell?.confidence ?? 0) * 100)}% 低于 90%，请对照原图核对`,
          table: 'applications' as const,
          keys: [key],
          location: { page: 1, box: cell?.box, confidence: cell?.confidence },
        };
      });
      await repos.revisions.replaceFindings(reportId, [...findings, ...review]);
      await repos.sourcePages.save({
        sourceFileId: report.sourceFileId,
        page: 1,
        imageMediaType: 'image/jpeg',
        image: await pageImage(drawn),
        imageWidth: PAGE.width * PAGE.scale,
        imageHeight: PAGE.height * PAGE.scale,
        pageWidth: PAGE.width,
        pageHeight: PAGE.height,
        ocr: { pdfPage: null, words: [], skewDegrees: 0 },
        createdAt: Date.now(),
      });
    });
  } finally {
    await dataSource.destroy();
  }
}

function textAt(text: string, [x0, , , y1]: readonly number[]): string {
  const s = PAGE.scale;
  return `<text x="${x0 * s}" y="${(y1 - 2) * s}" font-size="${10 * s}" font-family="sans-serif">${text}</text>`;
}

/** A white page with ruled rows and the cells' texts, as a JPEG. */
function pageImage(texts: readonly string[]): Promise<Buffer> {
  const s = PAGE.scale;
  const rules = Array.from({ length: 30 }, (_, i) => {
    const y = (120 + i * 20) * s;
    return `<line x1="${60 * s}" y1="${y}" x2="${540 * s}" y2="${y}" stroke="#333" stroke-width="2"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width * s}" height="${PAGE.height * s}"><rect width="100%" height="100%" fill="#fff"/>${rules.join('')}${texts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}
