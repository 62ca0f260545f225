import type { SourceKind } from '@ogi/report-parser';
import { listZip, ZipProblem, type ZipEntry } from './docx/zip';
import { decodeText, type DecodedText } from './text/decode-text';

export interface DetectedKind {
  /** What the extractor will read the bytes as, or `unsupported`. */
  kind: SourceKind | 'unsupported';
  /** Plain words for messages, e.g. "a PNG image", "a legacy Word .doc file". */
  looksLike: string;
  /** Set when a .docx/.pdf is password-protected and so unreadable. */
  encrypted?: boolean;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  const e = Math.min(end, bytes.length);
  for (let i = start; i < e; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function containsUtf16le(bytes: Uint8Array, word: string): boolean {
  const pattern = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) pattern[i * 2] = word.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pattern) >= 0;
}

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

const MAGIC: [readonly number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x00, 0x00, 0x01, 0x00], 'an icon image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as .docx)'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript file'],
  [[0x49, 0x44, 0x33], 'an MP3 audio file'],
  [[0x4f, 0x67, 0x67, 0x53], 'an Ogg media file'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'a Matroska/WebM video'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'an SQLite database'],
];

/** What a ZIP archive holds: a DOCX, another Office/OpenDocument file, or just files. */
function describeZip(entries: ZipEntry[]): DetectedKind {
  const names = new Set(entries.map((e) => e.name));
  const any = (re: RegExp) => entries.some((e) => re.test(e.name));
  if (any(/^word\/[^/]+\.xml$/i) && (names.has('[Content_Types].xml') || any(/^word\/document/i))) {
    return { kind: 'docx', looksLike: 'a Word document (.docx)' };
  }
  if (any(/^xl\//)) return { kind: 'unsupported', looksLike: 'an Excel workbook (.xlsx)' };
  if (any(/^ppt\//)) return { kind: 'unsupported', looksLike: 'a PowerPoint presentation (.pptx)' };
  if (names.has('mimetype') && names.has('content.xml')) {
    return { kind: 'unsupported', looksLike: 'an OpenDocument file (.odt/.ods; save it as .docx)' };
  }
  if (any(/^(Documents\/|Metadata\/|FixedDocSeq)/)) {
    return { kind: 'unsupported', looksLike: 'an XPS/OFD document' };
  }
  if (names.has('OFD.xml'))
    return { kind: 'unsupported', looksLike: 'an OFD document (export it as PDF)' };
  return { kind: 'unsupported', looksLike: 'a ZIP archive, not a Word document' };
}

/**
 * The strongest HTML evidence in decoded text: markup at the start, or table markup anywhere
 * (a plain-text report never contains `<td`).
 */
export function looksLikeHtml(text: string, ext: string): boolean {
  const head = text.slice(0, 65536);
  const start = head
    .replace(/^[\s\uFEFF]+/, '')
    .slice(0, 512)
    .toLowerCase();
  if (
    /^(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html|<head[\s>]|<body[\s>])/.test(
      start,
    )
  )
    return true;
  const lower = head.toLowerCase();
  if (/<table[\s>]/.test(lower) && /<(td|tr|th)[\s>\\]/.test(lower)) return true;
  const tags = (
    lower.match(
      /<\/?(p|div|span|br|table|tr|td|h[1-6]|li|ul|meta|body|html|font|strong|b)[\s>/\\]/g,
    ) ?? []
  ).length;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml' || ext === 'mht')
    return tags > 0;
  if (ext === 'txt' || ext === 'md' || ext === 'csv' || ext === 'tsv') return false;
  return start.startsWith('<') && tags >= 3;
}

/**
 * Decides the file kind from the content; the extension only breaks ties (text vs HTML). Text and
 * HTML are told apart by `extractDocument` after decoding, so this reports `text` for anything that
 * is neither binary nor a known container, unless ASCII-visible markup says HTML.
 */
export function detectKind(bytes: Uint8Array, fileName: string): DetectedKind {
  return classify(bytes, fileName).detected;
}

/** detectKind plus, for text and HTML, the decoded text (so it is decoded once). */
export function classify(
  bytes: Uint8Array,
  fileName: string,
): { detected: DetectedKind; decoded?: DecodedText } {
  const detected = detectContainer(bytes, fileName);
  if (detected.kind !== 'text') return { detected };
  if (bytes.length === 0) return { detected };
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, fileName);
  } catch {
    return { detected: { kind: 'unsupported', looksLike: 'binary data, not text' } };
  }
  const ext = extensionOf(fileName);
  if (looksLikeHtml(decoded.text, ext))
    return { detected: { kind: 'html', looksLike: 'an HTML page' }, decoded };
  return { detected, decoded };
}

function detectContainer(bytes: Uint8Array, fileName: string): DetectedKind {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) return { kind: 'text', looksLike: 'an empty file' };
  const head = ascii(bytes, 0, 1024);
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt >= 0) {
    const tail = ascii(bytes, Math.max(0, bytes.length - 4096), bytes.length);
    const encrypted =
      /\/Encrypt\s/.test(tail) || /\/Encrypt\s*\d+\s+\d+\s+R/.test(ascii(bytes, 0, 65536));
    return { kind: 'pdf', looksLike: 'a PDF document', ...(encrypted ? { encrypted } : {}) };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16le(bytes, 'EncryptedPackage')) {
      return {
        kind: 'unsupported',
        looksLike: 'a password-protected Word document',
        encrypted: true,
      };
    }
    if (containsUtf16le(bytes, 'Workbook')) {
      return {
        kind: 'unsupported',
        looksLike: 'a legacy Excel .xls file (save it as .docx or PDF)',
      };
    }
    return {
      kind: 'unsupported',
      looksLike: 'a legacy Word .doc (Office 97–2003/WPS) file; save it as .docx',
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      const entries = listZip(bytes);
      if (entries.some((e) => e.flags & 1)) {
        const d = describeZip(entries);
        return d.kind === 'docx' ? { ...d, encrypted: true } : d;
      }
      return describeZip(entries);
    } catch (err) {
      if (err instanceof ZipProblem && err.kind === 'too_large' && ext !== 'docx') {
        // Say what it is, not that it is damaged (a .docx goes on to be refused as too large).
        return {
          kind: 'unsupported',
          looksLike: `a ZIP archive too large to open (${err.message})`,
        };
      }
      return ext === 'docx'
        ? { kind: 'docx', looksLike: 'a damaged Word document (.docx)' }
        : { kind: 'unsupported', looksLike: 'a damaged ZIP archive' };
    }
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length >= 12) {
    const sub = ascii(bytes, 8, 12);
    return {
      kind: 'unsupported',
      looksLike: sub === 'WEBP' ? 'a WebP image' : 'a RIFF media file',
    };
  }
  if (ascii(bytes, 4, 8) === 'ftyp')
    return { kind: 'unsupported', looksLike: 'an MP4/HEIF media file' };
  if (
    startsWith(bytes, [0x42, 0x4d]) &&
    bytes.length > 26 &&
    bytes[14] >= 12 &&
    bytes[15] === 0 &&
    bytes[6] === 0
  ) {
    return { kind: 'unsupported', looksLike: 'a BMP image' };
  }
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) return { kind: 'unsupported', looksLike: what };
  }
  if (/^\s*<svg[\s>]/i.test(head) || /^\s*<\?xml[^>]*>\s*<svg/i.test(head)) {
    return { kind: 'unsupported', looksLike: 'an SVG image' };
  }
  return { kind: 'text', looksLike: 'a text file' };
}
