import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { closeExtractors } from '../extract';
import { readReport } from '../read-report';
import { makeDocx, p } from '../../test-utils/make-docx';
import { makePdf } from '../../test-utils/make-pdf';
import { makeMultiPageTiff } from '../../test-utils/make-tiff';
import { documentFromPdfPages } from './document-from-pages';
import { scanPageImages } from './scan-pages';

const FIXTURES = join(__dirname, '../../fixtures/office');

/** A page image: white with a dark bar, so that it is a real decodable picture. */
async function pageImage(format: 'png' | 'jpeg', width = 120, height = 160): Promise<Buffer> {
  const bar = await sharp({
    create: { width: 80, height: 10, channels: 3, background: { r: 0, g: 0, b: 0 } },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: bar, left: 20, top: 40 }])
    [format]()
    .toBuffer();
}

async function sizeOf(image: Uint8Array): Promise<[number, number]> {
  const metadata = await sharp(image).metadata();
  return [metadata.width ?? 0, metadata.height ?? 0];
}

afterAll(() => closeExtractors());

describe('scanned inputs', () => {
  it('reads a PDF with a text layer the text way, never as a scan', async () => {
    const outcome = await readReport(readFileSync(join(FIXTURES, 'full-2019.pdf')), 'text.pdf');
    expect(outcome.ok).toBe(true);
    expect(outcome.ok ? null : outcome.scanPages).toBeNull();
  });

  it('takes an image-only PDF as a scan of its pages, rendered at 200 dpi', async () => {
    const drawing = '0 0 m 300 300 l S 10 10 200 100 re S';
    const pdf = makePdf([drawing, drawing, drawing], [595, 842]);
    const outcome = await readReport(pdf, 'scan.pdf');
    expect(outcome).toMatchObject({ ok: false, scanPages: 3, error: { code: 'needs_ocr' } });
    const images = await scanPageImages(pdf, 'scan.pdf');
    expect(images).toHaveLength(3);
    // 595 × 842 points at 200 dpi.
    expect(await sizeOf(images[0])).toEqual([1653, 2339]);
  }, 30_000);

  it('takes a PNG as a scan of one page', async () => {
    const png = await pageImage('png');
    expect(await readReport(png, 'page.png')).toMatchObject({
      ok: false,
      scanPages: 1,
      error: { code: 'needs_ocr', message: expect.stringContaining('page.png') },
    });
    expect(await scanPageImages(png, 'page.png')).toEqual([png]);
  });

  it('takes each page of a multi-page TIFF', async () => {
    const tiff = makeMultiPageTiff([
      [50, 40],
      [60, 30],
      [70, 20],
    ]);
    expect(await readReport(tiff, 'pages.tif')).toMatchObject({
      ok: false,
      scanPages: 3,
      error: { code: 'needs_ocr' },
    });
    const images = await scanPageImages(tiff, 'pages.tif');
    expect(await Promise.all(images.map(sizeOf))).toEqual([
      [50, 40],
      [60, 30],
      [70, 20],
    ]);
  });

  it('takes a ZIP of two JPEGs as one scan, pages in name order (p2 before p10)', async () => {
    const first = await pageImage('jpeg', 120, 160);
    const second = await pageImage('jpeg', 140, 180);
    const zip = zipSync({
      'scan/p10.jpg': second,
      'scan/p2.jpg': first,
      '__MACOSX/._p2.jpg': new Uint8Array([0]),
    });
    expect(await readReport(zip, 'photos.zip')).toMatchObject({
      ok: false,
      scanPages: 2,
      error: { code: 'needs_ocr' },
    });
    const images = await scanPageImages(zip, 'photos.zip');
    expect(await Promise.all(images.map(sizeOf))).toEqual([
      [120, 160],
      [140, 180],
    ]);
  });

  it('takes a DOCX whose content is an image as a scan of its images', async () => {
    const image = await pageImage('png');
    const withImage = zipSync({
      ...unzipSync(makeDocx(p(''))),
      'word/media/image1.png': image,
    });
    expect(await readReport(withImage, 'photo.docx')).toMatchObject({
      ok: false,
      scanPages: 1,
      error: { code: 'needs_ocr' },
    });
    expect(await scanPageImages(withImage, 'photo.docx')).toEqual([new Uint8Array(image)]);
  });

  it('still refuses a ZIP that holds anything besides page images', async () => {
    const zip = zipSync({ 'p1.jpg': await pageImage('jpeg'), 'notes.txt': new Uint8Array([65]) });
    expect(await readReport(zip, 'mixed.zip')).toMatchObject({
      ok: false,
      error: { code: 'unsupported_kind' },
    });
  });

  it('lays out OCR pages through the same reader as a text PDF', () => {
    const doc = documentFromPdfPages([
      {
        width: 595,
        height: 842,
        items: [
          ['二、主动公开政府信息情况', 72, 100, 160, 12],
          ['规章', 72, 140, 24, 10],
          ['0', 300, 140, 6, 10],
        ],
        rules: [],
      },
    ]);
    expect(doc).toMatchObject({ kind: 'pdf', pageCount: 1 });
    const text = doc.blocks.map((block) => (block.type === 'text' ? block.text : ''));
    expect(text.join('\n')).toContain('二、主动公开政府信息情况');
  });
});
