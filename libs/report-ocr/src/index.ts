export { OcrEngine, DEFAULT_REVIEW_THRESHOLD } from './lib/ocr-engine';
export type { OcrPage, OcrWord } from './lib/ocr-page';
