/**
 * A multi-page TIFF of white greyscale pages (uncompressed, one strip each), written by hand:
 * sharp reads such files but does not write them.
 */
export function makeMultiPageTiff(pages: readonly [number, number][]): Uint8Array {
  const ENTRIES = 9;
  const ifdSize = 2 + ENTRIES * 12 + 4;
  const total = 8 + pages.reduce((sum, [w, h]) => sum + w * h + ifdSize, 0);
  const out = Buffer.alloc(total, 0);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  let at = 8;
  let pointer = 4;
  for (const [width, height] of pages) {
    const pixels = at;
    out.fill(255, pixels, pixels + width * height);
    at += width * height;
    out.writeUInt32LE(at, pointer);
    out.writeUInt16LE(ENTRIES, at);
    const tags: [number, number, number][] = [
      [256, 4, width],
      [257, 4, height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, pixels],
      [277, 3, 1],
      [278, 4, height],
      [279, 4, width * height],
    ];
    tags.forEach(([tag, type, value], i) => {
      const entry = at + 2 + i * 12;
      out.writeUInt16LE(tag, entry);
      out.writeUInt16LE(type, entry + 2);
      out.writeUInt32LE(1, entry + 4);
      if (type === 3) out.writeUInt16LE(value, entry + 8);
      else out.writeUInt32LE(value, entry + 8);
    });
    pointer = at + 2 + ENTRIES * 12;
    at += ifdSize;
  }
  return new Uint8Array(out);
}
