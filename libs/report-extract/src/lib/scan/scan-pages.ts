import { DEFAULT_ZIP_LIMITS, listZip } from '../docx/zip';
import { asExtractError, ExtractError } from '../errors';
import { DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS, type ExtractOptions } from '../extract-options';
import { renderPdfPages } from '../pdf/pdf-pool';
import { splitPageImages } from './page-images';
import {
  docxMediaImageEntries,
  pageImageFormatOf,
  readImageEntries,
  zipPageImageEntries,
} from './scan-sources';

/** Scans are rendered at the resolution OCR is tuned for (and scanners commonly use). */
export const SCAN_DPI = 200;

const isPdf = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024))
    .toString('latin1')
    .includes('%PDF-');

/**
 * The page images of a scanned report, in page order, for OCR: a PDF's pages rendered at 200
 * dpi (in the PDF worker, under its time and memory limits), an image file's pages (each page of
 * a TIFF), a ZIP archive's page images in name order, or the images a DOCX embeds. Throws
 * ExtractError naming the file when there are none or they cannot be read.
 */
export async function scanPageImages(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<Uint8Array[]> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let images: Uint8Array[];
  try {
    if (isPdf(bytes)) {
      images = await renderPdfPages(bytes, fileName, maxPages, timeoutMs, SCAN_DPI);
    } else if (pageImageFormatOf(bytes)) {
      images = await splitPageImages(bytes);
    } else {
      const entries = listZip(bytes, DEFAULT_ZIP_LIMITS);
      const pages = zipPageImageEntries(entries) ?? docxMediaImageEntries(entries);
      images = [];
      for (const image of readImageEntries(bytes, pages))
        images.push(...(await splitPageImages(image)));
    }
  } catch (err) {
    throw asExtractError(err, fileName, 'scan');
  }
  if (images.length === 0) {
    throw new ExtractError(
      'empty',
      `${fileName}: no page image was found to read`,
      `${fileName}：没有找到可识别的页面图像`,
      fileName,
    );
  }
  if (images.length > maxPages) {
    throw new ExtractError(
      'too_large',
      `${fileName}: ${images.length} page images, more than the limit of ${maxPages}`,
      `${fileName}：共 ${images.length} 页图像，超过上限 ${maxPages}`,
      fileName,
    );
  }
  return images;
}
