import { estimateSkew } from './skew';

/** Ink of horizontal text-like bands turned by `degrees` clockwise. */
function bands(width: number, height: number, degrees: number): Uint8Array {
  const ink = new Uint8Array(width * height);
  const t = Math.tan((degrees * Math.PI) / 180);
  for (let line = 100; line < height - 100; line += 40) {
    for (let x = 50; x < width - 50; x++) {
      if (x % 30 > 22) continue; // gaps between "characters"
      for (let dy = 0; dy < 20; dy += 3) {
        const y = Math.round(line + dy + (x - width / 2) * t);
        if (y >= 0 && y < height) ink[y * width + x] = 1;
      }
    }
  }
  return ink;
}

describe('skew of a page', () => {
  it.each([0.8, -0.6, 1.5, 0])('finds a turn of %s° within 0.05°', (degrees) => {
    expect(Math.abs(estimateSkew(bands(1200, 900, degrees), 1200, 900) - degrees)).toBeLessThan(
      0.05,
    );
  });

  it('says 0 for a page with almost no ink', () => {
    expect(estimateSkew(new Uint8Array(400 * 300), 400, 300)).toBe(0);
  });
});
