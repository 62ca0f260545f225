import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The CJK font every export draws Chinese with: Noto Sans SC (Noto Sans Hans, SIL OFL 1.1) from
 * the npm package @embedpdf/fonts-sc, resolved in node_modules at run time, so a fresh machine
 * needs no system font (never /usr/share/fonts).
 */
export const FONT_PACKAGE = '@embedpdf/fonts-sc';
/** The family name inside the font files (what resvg matches SVG font-family against). */
export const FONT_FAMILY = 'Noto Sans S Chinese';
/**
 * The font-family written into exported SVG: our font first, then the fonts a viewer's machine
 * usually has, so a downloaded SVG shows Chinese anywhere.
 */
export const SVG_FONT_STACK = `'${FONT_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

export interface FontFiles {
  regular: string;
  bold: string;
}

function fontDirectory(): string {
  // A require of our own, so bundlers leave the resolution to Node at run time. The package
  // exports only its JavaScript entry; the fonts sit beside it in fonts/.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  const entry = createRequire(base).resolve(FONT_PACKAGE);
  return join(dirname(entry), '..', 'fonts');
}

let files: FontFiles | null = null;

/** Paths of the regular and bold font files (resolved once: they never change). */
export function fontFiles(): FontFiles {
  if (!files) {
    const dir = fontDirectory();
    files = {
      regular: join(dir, 'NotoSansHans-Regular.otf'),
      bold: join(dir, 'NotoSansHans-Bold.otf'),
    };
  }
  return files;
}

let buffers: { regular: Buffer; bold: Buffer } | null = null;

/** The font files' bytes, read once (immutable; PDFKit parses them per document). */
export function fontBuffers(): { regular: Buffer; bold: Buffer } {
  if (!buffers) {
    const paths = fontFiles();
    buffers = { regular: readFileSync(paths.regular), bold: readFileSync(paths.bold) };
  }
  return buffers;
}
