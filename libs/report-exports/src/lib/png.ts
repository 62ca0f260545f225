import { renderAsync } from '@resvg/resvg-js';
import { outlineText } from './outline-text';

/**
 * An SVG drawn to PNG by resvg at `scale` × its size. Its text is first outlined with our CJK
 * font (outline-text.ts), so resvg needs no font, system or other. resvg works on libuv's
 * thread pool: the server keeps answering meanwhile, and a pack's charts are drawn side by side.
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const image = await renderAsync(outlineText(svg), {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
