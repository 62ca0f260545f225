export { OcrEngine, DEFAULT_REVIEW_THRESHOLD } from './lib/ocr-engine';
export type { OcrPage, OcrWord } from './lib/ocr-page';
export {
  OcrWorkerPool,
  DEFAULT_OCR_MEMORY_MB,
  type OcrWorkerPoolOptions,
} from './lib/ocr-worker-pool';
