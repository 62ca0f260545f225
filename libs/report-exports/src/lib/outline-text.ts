import { create, type Font } from 'fontkit';
import { fontBuffers } from './font';

/**
 * Turns the <text> elements of an ECharts SVG into <path> outlines drawn with our CJK font.
 * resvg shapes text with the whole 8 MB font for every label, which made a chart take a second
 * or more; the outlines of a few hundred glyphs from fontkit take milliseconds, and resvg then
 * needs no font at all. Used for PNG only: SVG downloads and PDF keep real text.
 */

let fonts: { regular: Font; bold: Font } | null = null;

/** The parsed fonts (immutable, kept for the process like the font bytes). */
function parsedFonts(): { regular: Font; bold: Font } {
  if (!fonts) {
    const buffers = fontBuffers();
    fonts = {
      regular: create(buffers.regular) as Font,
      bold: create(buffers.bold) as Font,
    };
  }
  return fonts;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(lt|gt|amp|quot|apos|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(/([\w:-]+)="([^"]*)"/g)) found.set(match[1], match[2]);
  return found;
}

function styleOf(style: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (style ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) found.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return found;
}

/** Where the baseline sits below `y` for the dominant-baseline ECharts writes. */
function baselineShift(font: Font, baseline: string | undefined, size: number): number {
  const scale = size / font.unitsPerEm;
  switch (baseline) {
    case 'central':
    case 'middle':
      // The middle of the em box (ascent above, descent below the baseline).
      return ((font.ascent + font.descent) / 2) * scale;
    case 'hanging':
    case 'text-before-edge':
      return font.ascent * scale;
    case 'text-after-edge':
    case 'ideographic':
      return font.descent * scale;
    case undefined: // no dominant-baseline: the alphabetic one, as for any value not named above
    default:
      return 0;
  }
}

/** Path data of a text laid out by fontkit, placed as the SVG text would be. */
function outline(text: string, attrs: Map<string, string>): { d: string; rest: string } {
  const style = styleOf(attrs.get('style'));
  const size = Number.parseFloat(style.get('font-size') ?? attrs.get('font-size') ?? '12') || 12;
  const weight = style.get('font-weight') ?? attrs.get('font-weight') ?? 'normal';
  const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const font = bold ? parsedFonts().bold : parsedFonts().regular;
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  const width = run.positions.reduce((sum, position) => sum + position.xAdvance, 0) * scale;
  const anchor = attrs.get('text-anchor');
  let penX =
    Number(attrs.get('x') ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const baseline =
    Number(attrs.get('y') ?? 0) + baselineShift(font, attrs.get('dominant-baseline'), size);
  const parts: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const x = penX + position.xOffset * scale;
    const y = baseline - position.yOffset * scale;
    parts.push(glyph.path.transform(scale, 0, 0, -scale, x, y).toSVG());
    penX += position.xAdvance * scale;
  });
  const kept = [...attrs]
    .filter(([name]) => !['x', 'y', 'text-anchor', 'dominant-baseline', 'style'].includes(name))
    .map(([name, value]) => `${name}="${value}"`);
  const fill = style.get('fill');
  if (fill && !attrs.has('fill')) kept.push(`fill="${fill}"`);
  return { d: parts.join(''), rest: kept.join(' ') };
}

/** The SVG with every plain <text> element replaced by its outline (ECharts writes no tspans). */
export function outlineText(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_, source: string, content: string) => {
    const text = decode(content);
    if (text.trim() === '') return '';
    const { d, rest } = outline(text, attributes(source));
    return d === '' ? '' : `<path d="${d}" ${rest}></path>`;
  });
}
