import type { GreyImage } from './grey-image';

/**
 * The Otsu threshold of the image's histogram: the grey level that best separates ink from paper.
 * Clamped so a nearly blank page (all paper) does not turn JPEG noise into ink.
 */
export function otsuThreshold(image: GreyImage): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < image.data.length; i++) hist[image.data[i]]++;
  const total = image.data.length;
  let sumAll = 0;
  for (let g = 0; g < 256; g++) sumAll += g * hist[g];
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let bestVar = -1;
  for (let g = 0; g < 256; g++) {
    countBelow += hist[g];
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += g * hist[g];
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = g;
    }
  }
  return Math.min(200, Math.max(90, best));
}

/** 1 where the pixel is ink (darker than the threshold), 0 for paper. */
export function binarise(image: GreyImage, threshold = otsuThreshold(image)): Uint8Array {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = image.data[i] < threshold ? 1 : 0;
  return out;
}
