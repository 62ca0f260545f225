import type { ReportDocument } from '@ogi/report-parser';
import { classify } from './detect';
import { extractDocx } from './docx/docx-extract';
import { DEFAULT_ZIP_LIMITS, ZipProblem } from './docx/zip';
import { asExtractError, ExtractError } from './errors';
import { extractHtml } from './html/html-extract';
import { layoutPdf } from './pdf/pdf-layout';
import { closePdfWorkers, extractPdfPages } from './pdf/pdf-pool';
import { extractText } from './text/text-extract';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  type ExtractOptions,
} from './extract-options';
import { imagePageCount } from './scan/page-images';
import { docxMediaImageEntries, readImageEntries, zipPageImageEntries } from './scan/scan-sources';
import { listZip } from './docx/zip';

export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  type ExtractOptions,
} from './extract-options';

function displayName(fileName: string): string {
  return fileName || 'input';
}

function err(code: ExtractError['code'], file: string, en: string, zh: string): ExtractError {
  return new ExtractError(code, `${file}: ${en}`, `${file}：${zh}`, file);
}

function isEmpty(doc: ReportDocument): boolean {
  return !doc.blocks.some((b) =>
    b.type === 'text'
      ? b.text.trim() !== ''
      : b.rows.some((r) => r.some((s) => s.cell.text.trim() !== '')),
  );
}

/**
 * Reads a report file's bytes into a ReportDocument. The kind is decided from the content (the
 * extension only breaks text/HTML ties). Throws only ExtractError.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ReportDocument> {
  return (await extractWithScanPages(bytes, fileName, options)).document;
}

/**
 * A document and, when some of its content is only images (PDF pages without a text layer,
 * images in a DOCX), how many page images OCR would read: a document whose text holds no report
 * table is then read as a scan. A file that is only images throws `needs_ocr`.
 */
export interface ExtractedDocument {
  document: ReportDocument;
  scanPages: number;
}

export async function extractWithScanPages(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const file = displayName(fileName);
  try {
    return await extractOrThrow(bytes, file, options);
  } catch (e) {
    const x = asExtractError(e, file);
    if (!x.fileName) {
      // Errors raised deep inside (e.g. a table too large) get the file named.
      return Promise.reject(
        new ExtractError(x.code, `${file}: ${x.message}`, `${file}：${x.messageZh}`, file),
      );
    }
    throw x;
  }
}

/** A file whose report is only images: stored and read by OCR as a job. */
function needsOcr(file: string, pages: number, what: string): ExtractError {
  return new ExtractError(
    'needs_ocr',
    `${file}: ${what} without text (${pages} page image${pages === 1 ? '' : 's'}); it is read by OCR`,
    `${file}：无文字的扫描件或图片（${pages} 页图像），将通过 OCR 识别`,
    file,
    pages,
  );
}

/** The page images of an image file or a ZIP of page images; null when it is neither. */
async function scanPagesOf(bytes: Uint8Array): Promise<number | null> {
  const single = await imagePageCount(bytes);
  if (single !== null) return single;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  try {
    const pages = zipPageImageEntries(listZip(bytes, DEFAULT_ZIP_LIMITS));
    if (!pages) return null;
    let count = 0;
    for (const image of readImageEntries(bytes, pages)) count += (await imagePageCount(image)) ?? 0;
    return count > 0 ? count : null;
  } catch {
    return null;
  }
}

/** The raster images a DOCX embeds (0 when it cannot be listed). */
function docxImageCount(bytes: Uint8Array): number {
  try {
    return docxMediaImageEntries(listZip(bytes, DEFAULT_ZIP_LIMITS)).length;
  } catch {
    return 0;
  }
}

async function extractOrThrow(
  bytes: Uint8Array,
  file: string,
  options: ExtractOptions,
): Promise<ExtractedDocument> {
  if (!(bytes instanceof Uint8Array)) {
    throw err('corrupt', file, 'input is not a byte array', '输入不是字节数据');
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw err(
      'too_large',
      file,
      `the file is ${bytes.length} bytes, more than the limit of ${maxBytes}`,
      `文件大小 ${bytes.length} 字节，超过上限 ${maxBytes}`,
    );
  }
  if (bytes.length === 0) throw err('empty', file, 'the file is empty', '文件为空');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;

  const { detected, decoded } = classify(bytes, file);
  if (detected.encrypted && detected.kind !== 'pdf') {
    throw err(
      'encrypted',
      file,
      `looks like ${detected.looksLike}; remove the password and upload it again`,
      '文件设有密码，请去除密码后重新上传',
    );
  }
  let doc: ReportDocument;
  let scanPages = 0;
  switch (detected.kind) {
    case 'unsupported': {
      const pages = await scanPagesOf(bytes);
      if (pages !== null) throw needsOcr(file, pages, `${detected.looksLike}`);
      throw err(
        'unsupported_kind',
        file,
        `looks like ${detected.looksLike}; only text (.txt/.md), HTML, DOCX and PDF reports can be read`,
        `文件类型不受支持（${detected.looksLike}）；仅支持文本、HTML、DOCX 和 PDF 格式的年报`,
      );
    }
    case 'text':
      if (!decoded) throw err('empty', file, 'the file is empty', '文件为空');
      doc = extractText(decoded);
      break;
    case 'html':
      if (!decoded) throw err('empty', file, 'the file is empty', '文件为空');
      doc = extractHtml(bytes, decoded);
      break;
    case 'docx':
      try {
        doc = extractDocx(bytes, DEFAULT_ZIP_LIMITS);
      } catch (e) {
        if (e instanceof ZipProblem) {
          if (e.kind === 'too_large') {
            throw err(
              'too_large',
              file,
              `the Word document is too large to open: ${e.message}`,
              `Word 文档过大，拒绝解压：${e.messageZh}`,
            );
          }
          if (e.kind === 'encrypted')
            throw err('encrypted', file, 'the Word document is encrypted', 'Word 文档已加密');
          throw err(
            'corrupt',
            file,
            `the Word document is damaged: ${e.message}`,
            `Word 文档已损坏：${e.messageZh}`,
          );
        }
        throw asExtractError(e, file, 'Word document');
      }
      scanPages = docxImageCount(bytes);
      if (scanPages > 0 && isEmpty(doc))
        throw needsOcr(file, scanPages, 'a Word document of images');
      break;
    case 'pdf': {
      const result = await extractPdfPages(bytes, file, maxPages, timeoutMs);
      const notes: string[] = [];
      result.pages.forEach((p, i) => {
        if (p.error) notes.push(`page ${i + 1} could not be read: ${p.error}`);
      });
      if (result.pages.length > 0 && result.pages.every((p) => p.error)) {
        throw err('corrupt', file, 'no page of the PDF could be read', 'PDF 的所有页面都无法读取');
      }
      if (result.pages.length === 0)
        throw err('corrupt', file, 'the PDF has no pages', 'PDF 没有页面');
      if (result.pages.every((p) => p.items.length === 0)) {
        throw needsOcr(file, result.numPages, 'a PDF');
      }
      if (result.pages.some((p) => !p.error && p.items.length === 0)) scanPages = result.numPages;
      const blocks = layoutPdf(result.pages, notes);
      doc = { kind: 'pdf', encoding: null, pageCount: result.numPages, blocks, notes };
      break;
    }
  }
  if (isEmpty(doc)) throw err('empty', file, 'the file contains no text', '文件中没有文字内容');
  return { document: doc, scanPages };
}

/** Stops the extractor worker threads (PDF); call from tests' afterAll and at CLI exit. */
export function closeExtractors(): Promise<void> {
  return closePdfWorkers();
}
