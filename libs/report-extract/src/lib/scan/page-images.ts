import sharp from 'sharp';
import { pageImageFormatOf } from './scan-sources';

/**
 * The pages of one image file: a TIFF may hold several (a multi-page scan), a JPEG or PNG is one.
 * Null when the image cannot be decoded.
 */
export async function imagePageCount(bytes: Uint8Array): Promise<number | null> {
  if (!pageImageFormatOf(bytes)) return null;
  try {
    const metadata = await sharp(bytes).metadata();
    if (!metadata.width || !metadata.height) return null;
    return metadata.pages ?? 1;
  } catch {
    return null;
  }
}

/** One image file as page images: each page of a TIFF as a PNG, a JPEG or PNG as it is. */
export async function splitPageImages(bytes: Uint8Array): Promise<Uint8Array[]> {
  if (pageImageFormatOf(bytes) !== 'tiff') return [bytes];
  const pages = (await imagePageCount(bytes)) ?? 1;
  const images: Uint8Array[] = [];
  for (let page = 0; page < pages; page += 1) {
    images.push(new Uint8Array(await sharp(bytes, { page }).png().toBuffer()));
  }
  return images;
}
