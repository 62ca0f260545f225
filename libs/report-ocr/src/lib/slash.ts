import type { PixelBox } from './ink-words';

/**
 * How surely a lone narrow glyph is a slash (0: not one; 1: clearly one): one thin stroke whose middle moves left as it goes
 * down. The recognition model often reads a lone "/" as "1"; the stroke's slant tells them apart
 * (a "1" stands upright; a "7" has a wide bar on top).
 */
export function slashLikeness(ink: Uint8Array, width: number, box: PixelBox): number {
  const h = box.y1 - box.y0 + 1;
  const w = box.x1 - box.x0 + 1;
  if (h < 8 || w > 0.7 * h) return 0;
  const ys: number[] = [];
  const xs: number[] = [];
  let thin = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    let sum = 0;
    let n = 0;
    for (let x = box.x0; x <= box.x1; x++) {
      if (ink[y * width + x]) {
        sum += x;
        n++;
      }
    }
    if (!n) continue;
    if (n <= Math.max(3, 0.3 * h)) thin++;
    // A row as wide as a 7's bar: not a slash.
    if (n > 0.45 * h) return 0;
    ys.push(y);
    xs.push(sum / n);
  }
  if (ys.length < 0.7 * h || thin < 0.9 * ys.length) return 0;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  let cov = 0;
  let varY = 0;
  ys.forEach((y, i) => {
    cov += (y - my) * (xs[i] - mx);
    varY += (y - my) ** 2;
  });
  // Down the stroke the middle moves left by at least a fifth of the height; a third is sure.
  const slope = varY > 0 ? cov / varY : 0;
  return slope <= -0.2 ? Math.min(1, -slope / 0.33) : 0;
}
