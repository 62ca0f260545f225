import sharp from 'sharp';

/** An 8-bit single-channel image, row-major, 0 = black, 255 = white. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Decodes PNG/JPEG/TIFF bytes (first page of a TIFF) into grey, respecting EXIF orientation, no
 * wider than `maxWidth` (finer scans are scaled down: 200 dpi is enough and costs less).
 */
export async function decodeGrey(bytes: Uint8Array, maxWidth: number): Promise<GreyImage> {
  const { data, info } = await sharp(bytes, { limitInputPixels: 12_000 * 12_000 })
    .rotate()
    .resize({ width: maxWidth, withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: toGreyBytes(data, info.channels), width: info.width, height: info.height };
}

function toGreyBytes(data: Buffer, channels: number): Uint8Array {
  if (channels === 1) return new Uint8Array(data.buffer, data.byteOffset, data.length);
  const out = new Uint8Array(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels];
  return out;
}

/**
 * Turns the image by `degrees` (clockwise) about its centre, keeping its size; uncovered corners
 * are white. Nearest-neighbour would shear thin rules into steps, so pixels are interpolated.
 */
export function rotateGrey(image: GreyImage, degrees: number): GreyImage {
  if (degrees === 0) return image;
  const { width: w, height: h, data } = image;
  const out = new Uint8Array(w * h).fill(255);
  const rad = (-degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    // Source of destination (x, y): the destination point turned back by the angle.
    let sx = cx - cx * cos - dy * sin;
    let sy = cy - cx * sin + dy * cos;
    for (let x = 0; x < w; x++, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i] + (data[i + 1] - data[i]) * fx;
      const bottom = data[i + w] + (data[i + w + 1] - data[i + w]) * fx;
      out[y * w + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { data: out, width: w, height: h };
}

/** Encodes the image as a JPEG for review beside the tables. */
export async function encodeJpeg(image: GreyImage, quality = 80): Promise<Uint8Array> {
  const buf = await sharp(
    Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length),
    {
      raw: { width: image.width, height: image.height, channels: 1 },
    },
  )
    .jpeg({ quality })
    .toBuffer();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

/**
 * What the file says of itself: its width as displayed (EXIF orientations 5–8 swap the sides) and
 * its resolution, null when it declares none or an implausible one.
 */
export async function imageInfo(bytes: Uint8Array): Promise<{ width: number; dpi: number | null }> {
  const meta = await sharp(bytes).metadata();
  const width = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
  const dpi = meta.density && meta.density >= 100 && meta.density <= 1200 ? meta.density : null;
  return { width: width ?? 1, dpi };
}
