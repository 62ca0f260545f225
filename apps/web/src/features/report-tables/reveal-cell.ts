/** Class of the popup that holds a cell's provenance (and the correction form on the report page). */
export const CELL_POPUP_CLASS = 'report-cell-popover';

const FRAMES_TO_WAIT = 30;

/**
 * Brings a cell chosen elsewhere on the page (a finding below the tables) into view together with
 * its popup: the cell first, then, once the popup is placed, just enough scrolling that the popup
 * (with its form) is inside the viewport too.
 */
export function revealCell(cell: HTMLElement): () => void {
  cell.scrollIntoView({ block: 'center' });
  let frames = 0;
  let handle = requestAnimationFrame(function settle() {
    const popup = document.querySelector<HTMLElement>(
      `.${CELL_POPUP_CLASS}:not(.ant-popover-hidden)`,
    );
    const placed = popup !== null && popup.getBoundingClientRect().height > 0;
    if (placed) popup.scrollIntoView({ block: 'nearest' });
    else if (++frames < FRAMES_TO_WAIT) handle = requestAnimationFrame(settle);
  });
  return () => cancelAnimationFrame(handle);
}
