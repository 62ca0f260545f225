import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { extractDocument } from '@ogi/report-extract';

/**
 * Opens what an export produced, the way a reader's program would, for tests: the parts of a
 * PPTX, the text layer and pages of a PDF, the cells of an XLSX, the pixels of a PNG.
 */

export interface PptxParts {
  files: string[];
  slides: string[];
  /** The text of each slide (a:t runs), in slide order. */
  slideTexts: string[];
  notesTexts: string[];
  images: string[];
  charts: string[];
  /** The XML of each native chart, in the order of `charts`. */
  chartXmls: string[];
}

const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
const runs = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function openPptx(bytes: Uint8Array): PptxParts {
  const entries = unzipSync(bytes);
  const files = Object.keys(entries);
  const inOrder = (pattern: RegExp) =>
    files.filter((name) => pattern.test(name)).sort((a, b) => slideNumber(a) - slideNumber(b));
  const slides = inOrder(/^ppt\/slides\/slide\d+\.xml$/);
  const notes = inOrder(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
  return {
    files,
    slides,
    slideTexts: slides.map((name) => runs(strFromU8(entries[name]))),
    notesTexts: notes.map((name) => runs(strFromU8(entries[name]))),
    images: files.filter((name) => /^ppt\/media\/.+\.png$/.test(name)),
    charts: inOrder(/^ppt\/charts\/chart\d+\.xml$/),
    chartXmls: inOrder(/^ppt\/charts\/chart\d+\.xml$/).map((name) => strFromU8(entries[name])),
  };
}

/** A PDF literal string's text: escapes undone, UTF-16BE (with its byte order mark) decoded. */
function pdfString(literal: string): string {
  const bytes = literal.replace(/\\([nrtbf()\\])/g, (_, c: string) =>
    ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c,
  );
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let text = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  }
  return text;
}

/**
 * What a PDF says outside its pages: the document information (Title, Subject, Keywords, …) and
 * the contents of its note annotations, read from the uncompressed objects pdfkit writes.
 */
export function pdfMetadata(bytes: Uint8Array): { info: Record<string, string>; notes: string[] } {
  const raw = Buffer.from(bytes).toString('latin1');
  const literal = String.raw`\(((?:\\.|[^\\)])*)\)`;
  const info: Record<string, string> = {};
  for (const key of ['Title', 'Subject', 'Keywords', 'Creator']) {
    // Either written in the dictionary or as an indirect object ("/Title 120 0 R").
    const direct = new RegExp(`/${key} ${literal}`).exec(raw);
    const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw);
    const match =
      direct ?? (ref ? new RegExp(`\\n${ref[1]} 0 obj\\n${literal}`).exec(raw) : null);
    if (match) info[key] = pdfString(match[1]);
  }
  const notes = [...raw.matchAll(new RegExp(`/Contents ${literal}`, 'g'))].map((match) =>
    pdfString(match[1]),
  );
  return { info, notes };
}

/**
 * The PDF's page count, the text of its text layer (pdf.js, as the parser reads PDFs) and the
 * running footers and headers the reader set apart from it (the first page's text of each, with
 * the number of pages it is on).
 */
export async function openPdf(
  bytes: Uint8Array,
): Promise<{ pages: number; text: string; running: { text: string; pages: number }[] }> {
  const doc = await extractDocument(new Uint8Array(bytes), 'export.pdf');
  const text = doc.blocks
    .map((block) =>
      block.type === 'table'
        ? block.rows.map((row) => row.map((slot) => slot.cell.text).join(' ')).join('\n')
        : block.text,
    )
    .join('\n');
  const running = (doc.notes ?? []).flatMap((note) => {
    const match = /^dropped running header\/footer "(.*)" on (\d+) pages$/s.exec(note);
    return match ? [{ text: match[1], pages: Number(match[2]) }] : [];
  });
  return { pages: doc.pageCount ?? 0, text, running };
}

/** Every row of the first worksheet as cell values (numbers stay numbers), and their formats. */
export async function openXlsx(
  bytes: Uint8Array,
): Promise<{ rows: unknown[][]; formats: (string | undefined)[][] }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  const formats: (string | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = [];
    const numFmts: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cell.value;
      numFmts[column - 1] = cell.numFmt;
    });
    rows[number - 1] = values;
    formats[number - 1] = numFmts;
  });
  return { rows, formats };
}

/** The workbooks PowerPoint keeps behind its native charts, read as openXlsx reads one. */
export async function embeddedWorkbooks(pptx: Uint8Array): Promise<{ rows: unknown[][] }[]> {
  const entries = unzipSync(pptx);
  const names = Object.keys(entries).filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name));
  return Promise.all(names.sort().map((name) => openXlsx(entries[name])));
}

/** A PNG's size and how many distinct colours it has (a blank image has one). */
export function openPng(bytes: Uint8Array): { width: number; height: number; colours: number } {
  const png = PNG.sync.read(Buffer.from(bytes));
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size };
}
