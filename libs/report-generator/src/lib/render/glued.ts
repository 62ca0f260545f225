import type { DocBlock } from '../document';
import type { Rng } from '../prng';

/**
 * A web page's text as a crawler's textContent gives it (平潭's archived pages): the whole report
 * on one line, every table cell run into the next with no separator, empty cells gone. A cell that
 * carried a space in the page (`0 `) keeps it: often the only boundary left between two numbers.
 */
export function renderGlued(blocks: readonly DocBlock[], rng: Rng): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'text') {
      parts.push(block.text, rng.chance(0.5) ? ' ' : '');
      continue;
    }
    for (const row of block.grid.rows) {
      for (const item of row) {
        if (!item) continue;
        parts.push(item.text.replace(/\n/g, ''));
        if (rng.chance(0.08)) parts.push(' ');
      }
    }
    parts.push(' ');
  }
  return `${parts.join('')}\n`;
}
