import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './font';

/**
 * An SVG drawn to PNG by resvg at `scale` × its size, with our CJK font and no system font.
 * resvg works on libuv's thread pool: the server keeps answering meanwhile, and a pack's charts
 * are drawn side by side.
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const files = fontFiles();
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [files.regular, files.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return image.asPng();
}
