import { listZip, readZipEntry, DEFAULT_ZIP_LIMITS, type ZipEntry } from '../docx/zip';

/** Page image formats read by OCR (what sharp decodes and scanners write). */
export type PageImageFormat = 'jpeg' | 'png' | 'tiff';

const SIGNATURES: [PageImageFormat, readonly number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** The page image format of the bytes, from their signature; null for anything else. */
export function pageImageFormatOf(bytes: Uint8Array): PageImageFormat | null {
  for (const [format, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return format;
  }
  return null;
}

const IMAGE_NAME = /\.(jpe?g|png|tiff?)$/i;
/** Files an archiver or a desktop adds beside the pages. */
const CLUTTER = /(^|\/)(__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

/** Page order: by name, numbers compared as numbers (p2 before p10). */
const NAME_ORDER = new Intl.Collator('zh-CN', { numeric: true });

function inNameOrder(entries: ZipEntry[]): ZipEntry[] {
  return [...entries].sort((a, b) => NAME_ORDER.compare(a.name, b.name));
}

/**
 * The page images of a ZIP archive that holds nothing else (a report photographed or scanned page
 * by page), in name order; null when it holds anything other than page images.
 */
export function zipPageImageEntries(entries: ZipEntry[]): ZipEntry[] | null {
  const files = entries.filter((entry) => !entry.name.endsWith('/') && !CLUTTER.test(entry.name));
  if (files.length === 0 || !files.every((entry) => IMAGE_NAME.test(entry.name))) return null;
  return inNameOrder(files);
}

/** The raster images a DOCX embeds (word/media), in name order (image1, image2, …). */
export function docxMediaImageEntries(entries: ZipEntry[]): ZipEntry[] {
  return inNameOrder(
    entries.filter(
      (entry) => /^word\/media\/[^/]+$/i.test(entry.name) && IMAGE_NAME.test(entry.name),
    ),
  );
}

/** Whether the bytes are a ZIP archive of page images only. */
export function isPageImageZip(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    return zipPageImageEntries(listZip(bytes, DEFAULT_ZIP_LIMITS)) !== null;
  } catch {
    return false;
  }
}

/** The images of entries of a ZIP (bounded by the ZIP reader's limits). */
export function readImageEntries(bytes: Uint8Array, entries: ZipEntry[]): Uint8Array[] {
  return entries.map((entry) => readZipEntry(bytes, entry));
}
