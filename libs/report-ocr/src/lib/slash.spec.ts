import { createCanvas } from '@napi-rs/canvas';
import { slashLikeness } from './slash';

/** One glyph drawn at about 10 pt and 200 dpi, as ink (1) and paper (0), and its ink box. */
function glyph(text: string, font: string) {
  const size = 60;
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#000';
  ctx.font = `28px "${font}"`;
  ctx.fillText(text, 15, 42);
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const ink = new Uint8Array(size * size);
  const box = { x0: size, y0: size, x1: -1, y1: -1 };
  for (let i = 0; i < ink.length; i++) {
    if (rgba[i * 4] >= 128) continue;
    ink[i] = 1;
    const x = i % size;
    const y = Math.floor(i / size);
    box.x0 = Math.min(box.x0, x);
    box.x1 = Math.max(box.x1, x);
    box.y0 = Math.min(box.y0, y);
    box.y1 = Math.max(box.y1, y);
  }
  return { ink, width: size, box };
}

describe('telling a lone slash from a 1 or a 7', () => {
  it.each(['Noto Serif CJK SC', 'DejaVu Sans'])('in %s', (font) => {
    const likeness = (text: string) => {
      const g = glyph(text, font);
      return slashLikeness(g.ink, g.width, g.box);
    };
    expect(likeness('/')).toBeGreaterThan(0.5);
    expect(likeness('1')).toBe(0);
    expect(likeness('7')).toBe(0);
    expect(likeness('4')).toBe(0);
  });
});
