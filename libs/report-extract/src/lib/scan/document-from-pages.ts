import type { ReportDocument } from '@ogi/report-parser';
import { layoutPdf, type PdfPage } from '../pdf/pdf-layout';

/**
 * The document of a scan read by OCR: its pages as positioned text (OcrPage.pdfPage), laid out
 * by the same reader as a PDF's text layer, so rows, columns and rules are the parser's own.
 */
export function documentFromPdfPages(pages: readonly PdfPage[]): ReportDocument {
  const notes: string[] = [];
  const blocks = layoutPdf([...pages], notes);
  return { kind: 'pdf', encoding: null, pageCount: pages.length, blocks, notes };
}
