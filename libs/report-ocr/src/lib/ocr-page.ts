import type { PdfPage } from '@ogi/report-extract';

export interface OcrWord {
  /** 1-based page of the document. */
  page: number;
  /** As recognised (what the parser sees). */
  text: string;
  /** 0..1: the lowest character probability in the word. */
  confidence: number;
  /** x0, y0, x1, y1 in the PdfPage's coordinates (points, y down from the top). */
  box: [number, number, number, number];
}

export interface OcrPage {
  /** What layoutPdf reads: size in points, text runs, ruling lines as boxes. */
  pdfPage: PdfPage;
  /** One per pdfPage.items entry, same order. */
  words: OcrWord[];
  /** Rotation that was corrected, degrees clockwise. */
  skewDegrees: number;
  /** The deskewed page shown for review; point (x, y) ↔ pixel (x·width/pdfPage.width, y·height/pdfPage.height). */
  image: { mediaType: 'image/jpeg'; bytes: Uint8Array; width: number; height: number };
}
