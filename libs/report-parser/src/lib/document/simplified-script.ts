import * as OpenCC from 'opencc-js/t2cn';
import type { DocumentBlock, DocumentCell, ReportDocument } from './report-document';

/**
 * Characters that only traditional-script text uses and that every report prints many times
 * (公開, 資訊, 規範, 處理, 數量, 報告…): a cheap test before the converter is asked.
 */
const TRADITIONAL_HINT =
  /[開資與處規範務報區電義關國會書這實發機構條項權數據網際總計體縣鄉鎮級統單設請]/g;
/** Look at this much text to decide the script. */
const SAMPLE_LENGTH = 4000;
/** A document is traditional when at least this many of its sampled characters are. */
const MIN_TRADITIONAL = 8;

type Convert = (text: string) => string;
let converter: Convert | null = null;

/**
 * Traditional script character by character (Taiwan variants included): a mirror site's copy of a
 * report reads as the simplified original. Not phrase by phrase: Taiwan phrases map real names
 * and labels wrongly (丹埠区 → 丹端口区, 查詢 → 查找); the few Taiwan words in labels
 * (規範性檔案) are label variants of the schema. Built on first use; the dictionaries are large.
 */
function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

function sampleOf(document: ReportDocument): string {
  let sample = '';
  for (const block of document.blocks) {
    if (sample.length >= SAMPLE_LENGTH) break;
    if (block.type === 'text') sample += block.text;
    else
      for (const row of block.rows)
        for (const slot of row) if (slot.origin) sample += slot.cell.text;
  }
  return sample.slice(0, SAMPLE_LENGTH);
}

/** True when the document is printed in traditional script. */
export function isTraditionalScript(document: ReportDocument): boolean {
  const hints = sampleOf(document).match(TRADITIONAL_HINT);
  return (hints?.length ?? 0) >= MIN_TRADITIONAL;
}

function simplifiedBlock(block: DocumentBlock): DocumentBlock {
  if (block.type === 'text') {
    return {
      ...block,
      text: toSimplified(block.text),
      ...(block.cells
        ? { cells: block.cells.map((cell) => ({ ...cell, text: toSimplified(cell.text) })) }
        : {}),
    };
  }
  const converted = new Map<DocumentCell, DocumentCell>();
  return {
    ...block,
    rows: block.rows.map((row) =>
      row.map((slot) => {
        // A spanning cell fills several slots: convert it once, and the slots keep sharing it.
        let cell = converted.get(slot.cell);
        if (!cell) {
          cell = { ...slot.cell, text: toSimplified(slot.cell.text) };
          converted.set(slot.cell, cell);
        }
        return { ...slot, cell };
      }),
    ),
  };
}

/**
 * The document in simplified script, for matching labels: a copy whose text is converted when the
 * document is traditional (digits, dashes and layout are left as they are), or the document itself.
 */
export function inSimplifiedScript(document: ReportDocument): {
  document: ReportDocument;
  converted: boolean;
} {
  if (!isTraditionalScript(document)) return { document, converted: false };
  return {
    document: {
      ...document,
      blocks: document.blocks.map(simplifiedBlock),
      title: document.title ? toSimplified(document.title) : document.title,
    },
    converted: true,
  };
}
