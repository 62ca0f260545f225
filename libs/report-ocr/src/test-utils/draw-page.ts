import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';

/** One table row: a label and its figures, as printed. */
export type DrawnRow = [string, ...string[]];

export interface DrawnPage {
  title: string;
  period: string;
  rows: DrawnRow[];
  /** Clockwise turn of the whole page, degrees. */
  turnDegrees: number;
  /** Share of pixels turned into black specks. */
  speckle: number;
  /** JPEG quality of the result. */
  jpegQuality: number;
}

/** Pixels per point at 200 dpi. */
const PX = 200 / 72;

/**
 * A page as a scanner would give it: a title line, the statistics period, and a ruled table with
 * a label column and figure columns, at 200 dpi, turned, speckled and JPEG-compressed. Returns
 * the JPEG and where each figure cell was drawn (points, in the unturned page).
 */
export async function drawScannedPage(page: DrawnPage): Promise<Uint8Array> {
  const width = Math.round(460 * PX);
  const tableTop = 90;
  const rowHeight = 22;
  const height = Math.round((tableTop + rowHeight * page.rows.length + 40) * PX);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((page.turnDegrees * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.scale(PX, PX);
  ctx.fillStyle = '#000';
  ctx.font = '12px "Noto Serif CJK SC"';
  ctx.fillText(page.title, 30, 40);
  ctx.font = '10.5px "Noto Serif CJK SC"';
  ctx.fillText(page.period, 30, 66);
  // Label column 30–170 pt, then figure columns 60 and 55 pt wide.
  const edges = [30, 170, ...page.rows[0].slice(1).map((_, i) => 230 + i * 55)];
  ctx.lineWidth = 0.75;
  for (let r = 0; r <= page.rows.length; r++) {
    ctx.beginPath();
    ctx.moveTo(edges[0], tableTop + r * rowHeight);
    ctx.lineTo(edges[edges.length - 1], tableTop + r * rowHeight);
    ctx.stroke();
  }
  const bottom = tableTop + page.rows.length * rowHeight;
  for (const x of edges) {
    ctx.beginPath();
    ctx.moveTo(x, tableTop);
    ctx.lineTo(x, bottom);
    ctx.stroke();
  }
  ctx.font = '10px "Noto Serif CJK SC"';
  page.rows.forEach((row, r) => {
    const baseline = tableTop + r * rowHeight + 15;
    row.forEach((text, c) => {
      if (c === 0) {
        ctx.textAlign = 'left';
        ctx.fillText(text, edges[0] + 4, baseline);
      } else {
        ctx.textAlign = 'center';
        ctx.fillText(text, (edges[c] + edges[c + 1]) / 2, baseline);
      }
    });
  });
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = rgba[i * 4];
  // Deterministic speckle (a linear congruential sequence): the same page every run.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const specks = Math.round(grey.length * page.speckle);
  for (let s = 0; s < specks; s++) {
    const at = Math.floor(next() * grey.length);
    // Single dots and 2×2 dots, as dust on the glass leaves them.
    grey[at] = 0;
    if (next() < 0.5 && at + width + 1 < grey.length) {
      grey[at + 1] = 0;
      grey[at + width] = 0;
      grey[at + width + 1] = 0;
    }
  }
  const jpeg = await sharp(Buffer.from(grey), { raw: { width, height, channels: 1 } })
    .jpeg({ quality: page.jpegQuality })
    .toBuffer();
  return new Uint8Array(jpeg);
}
