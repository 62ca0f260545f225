import type { DocBlock } from '../document';

/**
 * One cell per line with blank lines between (a web page flattened to text: yuyang, changtu).
 * Empty cells leave no line; wrapped header cells may split over lines (商业\n\n企业).
 */
export function renderLines(
  blocks: readonly DocBlock[],
  options: { tight: boolean; splitHeaders: boolean },
): string {
  const out: string[] = [];
  const gap = options.tight ? [] : [''];
  for (const block of blocks) {
    if (block.type === 'text') {
      out.push(block.kind === 'heading' && !options.tight ? `  ${block.text}` : block.text, ...gap);
      continue;
    }
    for (const row of block.grid.rows) {
      for (const item of row) {
        if (!item || item.text.trim() === '') continue;
        const text =
          item.role === 'header' && options.splitHeaders
            ? item.text.replace(/\n/g, '\n\n')
            : item.text.replace(/\n/g, '');
        out.push(text, ...gap);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
