import { components, groupWords } from './ink-words';
import { findRulingLines } from './ruling-lines';

/** A small binary page: a 3×2 grid of rules with a gap or two, and character-sized blobs. */
function page() {
  const width = 600;
  const height = 300;
  const ink = new Uint8Array(width * height);
  const box = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) ink[y * width + x] = 1;
  };
  for (const y of [50, 100, 150]) box(40, y, 560, y + 1);
  for (const x of [40, 300, 430, 560]) box(x, 50, x + 1, 151);
  box(200, 100, 202, 101); // a speckle hole in a rule: bridged, not a break
  ink[100 * width + 201] = 0;
  // "Characters": two glyphs close together in the cell (300–430, 100–150), one in the next cell
  // right against the rule, a glyph that is two stacked strokes, and a lone speck.
  box(400, 115, 412, 135);
  box(416, 115, 426, 135);
  box(436, 115, 446, 135);
  box(60, 112, 75, 114);
  box(60, 122, 75, 124);
  box(150, 30, 151, 31);
  return { ink, width, height };
}

describe('ruling lines and words of a page', () => {
  it('finds the rules of a table, bridging small breaks, and no rule in text strokes', () => {
    const { ink, width, height } = page();
    const rules = findRulingLines(ink, width, height);
    expect(rules.horizontal.map((r) => [r.y0, r.x0, r.x1])).toEqual([
      [50, 40, 561],
      [100, 40, 561],
      [150, 40, 561],
    ]);
    expect(rules.vertical.map((r) => r.x0).sort((a, b) => a - b)).toEqual([40, 300, 430, 560]);
  });

  it('finds the rules of a row shorter than a rule run, and no rule in a stroke of the same length', () => {
    const width = 600;
    const height = 120;
    const ink = new Uint8Array(width * height);
    const box = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) ink[y * width + x] = 1;
    };
    // A table's last row alone at the top of a page: 45 px tall, under the 60 px of a rule run.
    for (const y of [20, 65]) box(40, y, 560, y + 1);
    for (const x of [40, 300, 560]) box(x, 20, x + 1, 66);
    box(100, 80, 101, 119); // a 40 px stroke below the table, touching no rule
    const rules = findRulingLines(ink, width, height);
    expect(rules.vertical.map((r) => r.x0).sort((a, b) => a - b)).toEqual([40, 300, 560]);
  });

  it('groups glyphs into words, never across a vertical rule, and drops specks', () => {
    const { ink, width, height } = page();
    const rules = findRulingLines(ink, width, height);
    const { comps } = components(ink, rules.mask, width, height);
    const { words } = groupWords(comps, 20, rules);
    const boxes = words.map((w) => [w.x0, w.y0, w.x1, w.y1]).sort((a, b) => a[0] - b[0]);
    expect(boxes).toEqual([
      [60, 112, 75, 124],
      [400, 115, 426, 135],
      [436, 115, 446, 135],
    ]);
  });
});
