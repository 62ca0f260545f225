import { reportBlocks } from '../document';
import { chooseLabels } from '../labels';
import type { LayoutId, ReportModel } from '../model';
import { titleText } from '../narrative';
import { renderGlued } from './glued';
import { toTraditional } from './traditional';
import { createRng } from '../prng';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderLines } from './lines';
import { renderPdfText } from './pdf-text';
import { renderPipe, type PipeVariant } from './pipe';
import { renderTab } from './tab';
import { renderTab8 } from './tab8';

export interface RenderedReport {
  /** File extension: txt for the text layouts. */
  ext: 'txt' | 'html' | 'docx';
  /** Text (the CLI encodes HTML in the page's charset) or the DOCX bytes. */
  content: string | Uint8Array;
}

/** Extension point: binary renderers added later (e.g. a real PDF) register here by layout id. */
export type BinaryRenderer = (model: ReportModel) => RenderedReport;
const EXTRA_RENDERERS = new Map<string, BinaryRenderer>();

export function registerRenderer(layout: string, renderer: BinaryRenderer): void {
  EXTRA_RENDERERS.set(layout, renderer);
}

export function extensionOf(layout: LayoutId | string): RenderedReport['ext'] {
  return layout === 'html' ? 'html' : layout === 'docx' ? 'docx' : 'txt';
}

/** Renders one report in its layout: a pure function of the model. */
export function renderReport(model: ReportModel): RenderedReport {
  const rendered = renderInScript(model);
  return model.text.traditional && typeof rendered.content === 'string'
    ? { ...rendered, content: toTraditional(rendered.content) }
    : rendered;
}

function renderInScript(model: ReportModel): RenderedReport {
  const extra = EXTRA_RENDERERS.get(model.layout);
  if (extra) return extra(model);
  const rng = createRng(model.text.seed);
  const labels = chooseLabels(rng.fork('labels'), model.labels, model.versions);
  const style = rng.fork('style');
  const wrap = model.render.wrapHeaders;
  const blocks = reportBlocks(model, labels, wrap);
  const title = titleText(model.text.title, model.text.printedOffice, model.year);
  switch (model.layout) {
    case 'tab':
      return { ext: 'txt', content: renderTab(blocks) };
    case 'tab8':
      return { ext: 'txt', content: renderTab8(blocks, model.cells, labels['app:col:total']) };
    case 'lines':
      return {
        ext: 'txt',
        content: renderLines(blocks, {
          tight: model.variant === 'tight',
          splitHeaders: model.render.splitHeaders,
        }),
      };
    case 'pipe':
      return { ext: 'txt', content: renderPipe(blocks, model.variant as PipeVariant) };
    case 'glued':
      return { ext: 'txt', content: renderGlued(blocks, style.fork('glued')) };
    case 'html': {
      const district = model.office.path[Math.min(2, model.office.path.length - 1)].name;
      return {
        ext: 'html',
        content: renderHtml(
          blocks,
          {
            charset: model.charset,
            pageTitle: title
              ? `${title}_${district}人民政府`
              : `政府信息公开年报_${district}人民政府门户网站`,
            siteName: `${district}人民政府门户网站`,
            nbspStyle: style.chance(0.5) ? 'bare' : 'p',
            br: style.chance(0.5) ? '<br>' : '<br />',
          },
          style.fork('html'),
        ),
      };
    }
    case 'docx':
      return { ext: 'docx', content: renderDocx(blocks, title ?? '') };
    case 'pdf-text':
      return {
        ext: 'txt',
        content: renderPdfText(
          blocks,
          {
            lineWidth: style.int(30, 40),
            verticalHeaders: model.render.verticalHeaders,
            pageStyle: model.variant as 'dash' | 'p' | 'page',
            wrapLabels: model.render.wrapLabels,
            spanLabels: model.render.spanLabels,
          },
          style.fork('pdf'),
        ),
      };
    default:
      throw new Error(`no renderer for layout ${model.layout}`);
  }
}
