import { activeGrid, applicationsGrid, appealsGrid, type Grid } from './grids';
import { beforeTable, closingLines, openingLines, type TextLine } from './narrative';
import type { PrintedLabels } from './labels';
import type { ReportModel } from './model';
import { createRng } from './prng';

export type DocBlock = ({ type: 'text' } & TextLine) | { type: 'table'; grid: Grid };

/** The report as a sequence of text lines and logical tables, shared by every renderer. */
export function reportBlocks(
  model: ReportModel,
  labels: PrintedLabels,
  wrapHeaders: boolean,
): DocBlock[] {
  const rng = createRng(model.text.seed).fork('text');
  const text = (lines: TextLine[]): DocBlock[] =>
    lines.map((line) => ({ type: 'text' as const, ...line }));
  const headings = labels as Record<string, string>;
  return [
    ...text(openingLines(rng, model, headings)),
    { type: 'text', kind: 'heading', text: labels['heading:active'] },
    ...text(beforeTable(rng, model, 'active')),
    { type: 'table', grid: activeGrid(model.versions.active, model.cells, labels, wrapHeaders) },
    { type: 'text', kind: 'heading', text: labels['heading:applications'] },
    ...text(beforeTable(rng, model, 'applications')),
    {
      type: 'table',
      grid: applicationsGrid(model.versions.applications, model.cells, labels, wrapHeaders),
    },
    { type: 'text', kind: 'heading', text: labels['heading:appeals'] },
    ...text(beforeTable(rng, model, 'appeals')),
    { type: 'table', grid: appealsGrid(model.cells, labels, wrapHeaders) },
    ...text(closingLines(rng, model, headings)),
  ];
}
