/** Largest skew looked for, in degrees either way (a scanner's feed; a photo is out of scope). */
export const MAX_SKEW_DEGREES = 2;

/**
 * The page's skew in degrees (clockwise positive): the angle at which the ink's rows line up best,
 * i.e. the row profile of the ink sheared by that angle is most peaked (text lines and table rules
 * become sharp peaks). Coarse search over ±2°, then a finer one around the best.
 */
export function estimateSkew(ink: Uint8Array, width: number, height: number): number {
  // Sample the ink: every dark pixel of every other row is plenty for a profile.
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += 2) {
    const row = y * width;
    for (let x = 0; x < width; x += 2) {
      if (ink[row + x]) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return 0;
  const bins = new Float64Array(height + 2 * width);
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    const offset = width;
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] - xs[i] * t) + offset]++;
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let deg = -MAX_SKEW_DEGREES; deg <= MAX_SKEW_DEGREES + 1e-9; deg += 0.2) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  const coarse = best;
  for (let deg = coarse - 0.2; deg <= coarse + 0.2 + 1e-9; deg += 0.025) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  return Math.round(best * 1000) / 1000;
}
