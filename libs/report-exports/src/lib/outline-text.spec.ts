import { outlineText } from './outline-text';

const bounds = (d: string) => {
  const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
};

describe('outlineText', () => {
  it('replaces text by glyph outlines placed by anchor and baseline, keeping fill and transform', () => {
    const svg = outlineText(
      '<svg><text dominant-baseline="central" text-anchor="middle" style="font-size:20px;font-weight:bold;" transform="translate(5 6)" fill="#123456">政府&amp;&lt;公开&gt;</text></svg>',
    );
    expect(svg).not.toContain('<text');
    const path = /<path d="([^"]+)" ([^>]*)>/.exec(svg);
    expect(path).not.toBeNull();
    expect(path?.[2]).toContain('transform="translate(5 6)"');
    expect(path?.[2]).toContain('fill="#123456"');
    const box = bounds(path?.[1] ?? '');
    // Centred on x = 0 and on the middle of the em box around y = 0.
    expect(Math.abs(box.minX + box.maxX)).toBeLessThan(4);
    expect(box.minY).toBeGreaterThan(-12);
    expect(box.maxY).toBeLessThan(12);
    expect(box.maxX - box.minX).toBeGreaterThan(60);
  });

  it('drops empty labels and leaves other elements alone', () => {
    expect(outlineText('<svg><text x="1" y="2"> </text><rect width="1"></rect></svg>')).toBe(
      '<svg><rect width="1"></rect></svg>',
    );
  });
});
