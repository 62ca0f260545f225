import sharp from 'sharp';
import type { Rng } from '@ogi/report-generator';

/** How hard a page is degraded; the defaults are the acceptance scans. */
export interface ScanEffects {
  /** The page is turned by a uniform angle in ±this many degrees. */
  maxAngleDegrees: number;
  /** Dark specks per million pixels (dust, toner). */
  specksPerMegapixel: number;
  /** Share of ink pixels dropped out to paper (worn toner, thin strokes). */
  dropoutShare: number;
  /** JPEG quality, drawn uniformly in this range. */
  jpegQuality: [number, number];
}

export const ACCEPTANCE_EFFECTS: ScanEffects = {
  maxAngleDegrees: 1,
  specksPerMegapixel: 150,
  dropoutShare: 0.02,
  jpegQuality: [60, 75],
};

/** One scanned page: the JPEG and what was done to it (kept beside the scan for reference). */
export interface ScannedPage {
  jpeg: Buffer;
  width: number;
  height: number;
  angleDegrees: number;
  jpegQuality: number;
}

const INK = 128;

/** Paints dark specks (1–3 px blobs of grey 0–90) and drops a share of ink pixels to paper grey. */
function speckle(pixels: Buffer, width: number, height: number, rng: Rng, effects: ScanEffects) {
  for (let i = 0; i < pixels.length; i += 1) {
    if (pixels[i] < INK && rng.chance(effects.dropoutShare)) pixels[i] = 200 + rng.int(0, 55);
  }
  const specks = Math.round((effects.specksPerMegapixel * width * height) / 1e6);
  for (let n = 0; n < specks; n += 1) {
    const cx = rng.int(0, width - 1);
    const cy = rng.int(0, height - 1);
    const radius = rng.pick([0.6, 1, 1.5]);
    const grey = rng.int(0, 90);
    const reach = Math.ceil(radius);
    for (let y = cy - reach; y <= cy + reach; y += 1) {
      for (let x = cx - reach; x <= cx + reach; x += 1) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        if ((x - cx) ** 2 + (y - cy) ** 2 > radius * radius) continue;
        pixels[y * width + x] = Math.min(pixels[y * width + x], grey);
      }
    }
  }
}

/**
 * Makes a page image look scanned: grey, turned by a small random angle about its centre (paper
 * white shows at the corners, the size stays), specks and dropouts, then JPEG at a random quality.
 * A pure function of the image and the random stream.
 */
export async function scanPage(
  png: Uint8Array,
  rng: Rng,
  effects = ACCEPTANCE_EFFECTS,
): Promise<ScannedPage> {
  const { width, height } = await sharp(png).metadata();
  if (!width || !height) throw new Error('scanPage: the page image has no size');
  const angleDegrees = Math.round((rng.next() * 2 - 1) * effects.maxAngleDegrees * 100) / 100;
  const turned = await sharp(png)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .rotate(angleDegrees, { background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Rotating grows the canvas; cut the original size back out of its centre.
  const left = Math.floor((turned.info.width - width) / 2);
  const top = Math.floor((turned.info.height - height) / 2);
  const { data: pixels } = await sharp(turned.data, {
    raw: { width: turned.info.width, height: turned.info.height, channels: turned.info.channels },
  })
    .extract({ left, top, width, height })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  speckle(pixels, width, height, rng, effects);
  const [low, high] = effects.jpegQuality;
  const jpegQuality = rng.int(low, high);
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: jpegQuality })
    .toBuffer();
  return { jpeg, width, height, angleDegrees, jpegQuality };
}
