import { drawScannedPage, type DrawnRow } from '../test-utils/draw-page';
import { OcrEngine } from './ocr-engine';
import { OcrWorkerPool } from './ocr-worker-pool';

const ROWS: DrawnRow[] = [
  ['信息内容', '本年制发', '本年废止', '现行有效'],
  ['规章', '0', '10', '1,234'],
  ['规范性文件', '12', '-', '86'],
];

let scan: Uint8Array;

beforeAll(async () => {
  scan = await drawScannedPage({
    title: '示例市2021年政府信息公开工作年度报告',
    period: '统计期限：2021年1月1日至2021年12月31日',
    rows: ROWS,
    turnDegrees: 0.5,
    speckle: 0.0005,
    jpegQuality: 70,
  });
}, 60_000);

describe('reading pages in an OCR worker thread', () => {
  it('gives the same words, layout and image as the engine in this thread', async () => {
    const engine = await OcrEngine.load();
    const here = await engine.recognisePage(scan, 2).finally(() => engine.close());
    const pool = await OcrWorkerPool.start({ size: 1, pageTimeoutMs: 60_000, memoryMb: 1024 });
    try {
      const there = await pool.recognisePage(scan, 2);
      expect(there.words).toEqual(here.words);
      expect(there.pdfPage).toEqual(here.pdfPage);
      expect(there.skewDegrees).toBe(here.skewDegrees);
      expect(Buffer.from(there.image.bytes).equals(Buffer.from(here.image.bytes))).toBe(true);
      // The caller's bytes are still whole: the worker got a copy's buffer.
      expect(scan.byteLength).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('stops a page that overruns its limit, and reads the next in a fresh thread', async () => {
    const pool = await OcrWorkerPool.start({ size: 1, pageTimeoutMs: 20, memoryMb: 1024 });
    try {
      await expect(pool.recognisePage(scan, 3)).rejects.toThrow(
        'reading the page took longer than 20 ms and was stopped',
      );
      // Not "the worker stopped": a new thread (models loaded anew) got the page and overran too.
      await expect(pool.recognisePage(scan, 4)).rejects.toThrow('took longer than 20 ms');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
