import type { DocBlock } from '../document';

export type PipeVariant = 'cell-pipe' | 'cell-then-pipe' | 'markdown';

/**
 * HTML tables flattened with `|` (§7.4): `cell |` lines with `|` between rows and `|||` for merged
 * cells (bjtzh), a cell then a `|` line (xjnlk), or markdown-like `| a | b |` rows.
 */
export function renderPipe(blocks: readonly DocBlock[], variant: PipeVariant): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'text') {
      out.push(block.text);
      continue;
    }
    for (const row of block.grid.rows) {
      if (variant === 'markdown') {
        out.push(
          `| ${row.map((item) => (item ? item.text.replace(/\n/g, '') : '')).join(' | ')} |`,
        );
        continue;
      }
      if (variant === 'cell-pipe') out.push('|');
      let merged = 0;
      const flush = () => {
        if (merged > 0 && variant === 'cell-pipe') out.push('|'.repeat(Math.min(merged, 3)));
        merged = 0;
      };
      for (const item of row) {
        if (!item || item.text.trim() === '') {
          merged += 1;
          continue;
        }
        flush();
        const text = item.text.replace(/\n/g, variant === 'cell-then-pipe' ? '\n' : '');
        if (variant === 'cell-pipe') out.push(`${text} |`);
        else out.push(text, '|');
      }
      flush();
    }
  }
  return `${out.join('\n')}\n`;
}
