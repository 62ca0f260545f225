import type { PdfItem } from '@ogi/report-extract';
import { binarise, otsuThreshold } from './binarise';
import { chooseText } from './cell-text';
import { decodeGrey, imageInfo, encodeJpeg, rotateGrey, type GreyImage } from './grey-image';
import { components, groupWords, typicalCharHeight, type PixelBox } from './ink-words';
import type { OcrPage, OcrWord } from './ocr-page';
import { insideTable, pointsPerPixel } from './page-geometry';
import { findRulingLines, type RulingLines } from './ruling-lines';
import { estimateSkew } from './skew';
import { slashLikeness } from './slash';
import { TextRecogniser } from './text-recogniser';

/** Pages are read at most this wide (pixels): A4 at 200 dpi; finer scans are scaled down. */
const MAX_PAGE_WIDTH = 1700;
/** Words take in pixels this share of the way from the ink threshold to white, at most FAINT_LIMIT. */
const FAINT_SHARE = 0.5;
const FAINT_LIMIT = 205;
/** Skews smaller than this (degrees) are left alone: turning the image costs more than it gains. */
const MIN_CORRECTED_SKEW = 0.05;
/** Character height assumed when the page has too little text to measure it (pixels, 200 dpi). */
const FALLBACK_CHAR_HEIGHT = 24;
/** Lines longer than this many times their height are prose (a heading has at most ~25 characters). */
const PROSE_LINE_RATIO = 28;
/** What the model reads a lone slash as. */
const SLASH_LOOKALIKES = new Set(['/', '1', '7', '!', 'l', 'I', '|', '?']);
/** A glyph's ink is about this share of its font size (points). */
const INK_PER_FONT_SIZE = 0.8;

/**
 * Cells whose confidence is under this are flagged for review: measured on scanned copies of the
 * office fixtures and the generated reports (docs/ocr.md), every wrong cell was under it.
 */
export const DEFAULT_REVIEW_THRESHOLD = 0.9;

/**
 * Reads page images table-aware: deskew, find the ruling lines, cut the ink into words (never
 * across a rule), recognise each word's tight crop, and give the words back as a PdfPage's text
 * runs and the lines as its rules, so the PDF layout and grid reader handle rows and columns.
 */
export class OcrEngine {
  private constructor(private readonly recogniser: TextRecogniser) {}

  /** Loads the models once; one engine per process or worker. */
  static async load(): Promise<OcrEngine> {
    return new OcrEngine(await TextRecogniser.load());
  }

  async close(): Promise<void> {
    await this.recogniser.close();
  }

  /** Reads one page image (PNG/JPEG/TIFF bytes); `pageNo` is its 1-based page in the document. */
  async recognisePage(image: Uint8Array, pageNo: number): Promise<OcrPage> {
    const decoded = await decodeGrey(image, MAX_PAGE_WIDTH);
    const info = await imageInfo(image);
    const scale = pointsPerPixel(
      decoded.width,
      decoded.height,
      info.dpi,
      decoded.width / info.width,
    );

    let grey = decoded;
    let ink = binarise(grey);
    const skew = estimateSkew(ink, grey.width, grey.height);
    if (Math.abs(skew) >= MIN_CORRECTED_SKEW) {
      grey = rotateGrey(grey, -skew);
      ink = binarise(grey);
    }
    const rules = findRulingLines(ink, grey.width, grey.height);
    // Words are cut from a lighter threshold than the rules: faint strokes (a worn 三) belong to
    // their word, and light shading stays paper.
    const otsu = otsuThreshold(grey);
    const faintInk = binarise(grey, Math.min(FAINT_LIMIT, otsu + FAINT_SHARE * (255 - otsu)));
    const { comps, labels } = components(faintInk, rules.mask, grey.width, grey.height);
    const charHeight = typicalCharHeight(comps, FALLBACK_CHAR_HEIGHT);
    const { words: found, dropped } = groupWords(comps, charHeight, rules);
    const boxes = found
      .filter((box) => pageNo === 1 || !isProseLine(box, rules))
      .sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
    const textInk = ink.map((v, i) => (rules.mask[i] ? 0 : v));
    const clean = paperOver(grey, rules.mask, labels, dropped);
    const margin = Math.max(2, Math.round(charHeight * 0.25));
    const read = await this.recogniser.recognise(
      clean,
      boxes.map((box) => ({ box, margin, minHeight: charHeight })),
    );

    const items: PdfItem[] = [];
    const words: OcrWord[] = [];
    boxes.forEach((box, i) => {
      const inTable = insideTable((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, rules);
      let { text, confidence } = chooseText(read[i], inTable);
      const dash = inTable ? dashLikeness(box, charHeight) : 0;
      if (dash > 0 && !/^[-—]$/.test(text)) [text, confidence] = ['-', dash];
      if (inTable && text.length === 1 && SLASH_LOOKALIKES.has(text)) {
        const slash = slashLikeness(textInk, grey.width, box);
        if (slash > 0)
          [text, confidence] = ['/', text === '/' ? Math.max(confidence, slash) : slash];
      }
      if (!text) return;
      items.push(itemOf(text, box, charHeight, scale));
      words.push({
        page: pageNo,
        text,
        confidence: round(confidence, 4),
        box: pointsBox(box, scale),
      });
    });
    const jpeg = await encodeJpeg(grey);
    return {
      pdfPage: {
        width: round(grey.width * scale, 2),
        height: round(grey.height * scale, 2),
        items,
        rules: ruleBoxes(rules, scale),
      },
      words,
      skewDegrees: Math.abs(skew) >= MIN_CORRECTED_SKEW ? skew : 0,
      image: { mediaType: 'image/jpeg', bytes: jpeg, width: grey.width, height: grey.height },
    };
  }
}

/**
 * A line of running prose outside the tables: long for its height. After the first page (title
 * and the statistics period) the parser needs only tables and headings from a scan, and reading
 * prose lines costs most of a page's time, so they are left out.
 */
function isProseLine(box: PixelBox, rules: RulingLines): boolean {
  const long = box.x1 - box.x0 + 1 > PROSE_LINE_RATIO * (box.y1 - box.y0 + 1);
  return long && !insideTable((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, rules);
}

/**
 * How surely a word is a lone dash: a flat bar no taller than a stroke (the model often reads
 * nothing in a crop holding only a short bar). 0 when it is not flat; 1 when at least 4 × longer
 * than thick and as long as a hyphen.
 */
function dashLikeness(box: PixelBox, charHeight: number): number {
  const w = box.x1 - box.x0 + 1;
  const h = box.y1 - box.y0 + 1;
  if (h > 0.25 * charHeight || w < 2.5 * h) return 0;
  // A printed hyphen is about 0.4 of a character height long; a shorter bar may be a speck.
  return Math.min(1, w / (4 * h)) * Math.min(1, w / (0.4 * charHeight));
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A word as a PDF text run: text, left, baseline (ink bottom), width, font size (points). */
function itemOf(text: string, box: PixelBox, charHeight: number, scale: number): PdfItem {
  const size = Math.max(box.y1 - box.y0 + 1, charHeight) / INK_PER_FONT_SIZE;
  return [
    text,
    round(box.x0 * scale, 2),
    round((box.y1 + 1) * scale, 2),
    round((box.x1 - box.x0 + 1) * scale, 2),
    round(size * scale, 2),
  ];
}

function pointsBox(box: PixelBox, scale: number): [number, number, number, number] {
  return [
    round(box.x0 * scale, 2),
    round(box.y0 * scale, 2),
    round((box.x1 + 1) * scale, 2),
    round((box.y1 + 1) * scale, 2),
  ];
}

function ruleBoxes(rules: RulingLines, scale: number): number[] {
  return [...rules.horizontal, ...rules.vertical].flatMap((r) => pointsBox(r, scale));
}

/** The page with its rules and specks painted over in paper, so no crop shows them. */
function paperOver(
  grey: GreyImage,
  ruleMask: Uint8Array,
  labels: Int32Array,
  specks: Set<number>,
): GreyImage {
  const data = new Uint8Array(grey.data);
  for (let i = 0; i < data.length; i++) {
    if (ruleMask[i] || (labels[i] > 0 && specks.has(labels[i] - 1))) data[i] = 255;
  }
  return { data, width: grey.width, height: grey.height };
}
