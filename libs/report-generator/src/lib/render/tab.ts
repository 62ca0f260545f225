import type { DocBlock } from '../document';
import { rowTexts } from './text-grid';

/** Tab-separated grid as copied from a web page or a Word table (the sample report's layout). */
export function renderTab(
  blocks: readonly DocBlock[],
  options: { wrapJoin?: string } = {},
): string {
  const out: string[] = ['', ''];
  for (const block of blocks) {
    if (block.type === 'text') {
      out.push(block.text, '');
      continue;
    }
    for (const row of block.grid.rows) out.push(rowTexts(row, options.wrapJoin ?? ' ').join('\t'));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
