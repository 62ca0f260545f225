import type { PdfPage } from '@ogi/report-extract';
import type { OcrPage } from '@ogi/report-ocr';

/**
 * What the OCR engine would give for a page whose words are a PDF's text layer (tests stand it in
 * for the engine): each item a word, boxed from its baseline and font size, at the confidence
 * `confidenceOf` gives it.
 */
export function textLayerOcrPage(
  pdfPage: PdfPage,
  pageNo: number,
  image: Uint8Array,
  confidenceOf: (text: string, index: number) => number,
): OcrPage {
  return {
    pdfPage,
    words: pdfPage.items.map(([text, x, y, width, size], index) => ({
      page: pageNo,
      text,
      confidence: confidenceOf(text, index),
      box: [x, y - size, x + width, y] as [number, number, number, number],
    })),
    skewDegrees: 0,
    image: { mediaType: 'image/jpeg', bytes: image, width: 60, height: 80 },
  };
}
