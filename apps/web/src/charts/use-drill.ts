import { useCallback } from 'react';
import { targetAt, type ChartModel, type ChartTarget } from '@ogi/report-charts';
import { useSearch } from '../data-access/use-url-filters';
import type { ChartProps } from './chart';
import { followHref, targetHref } from './drill-link';

/** Whether anything of the chart leads somewhere (its model names offices or regions). */
export function isDrillable(model: ChartModel | null): boolean {
  return model !== null && 'drill' in model && model.drill !== undefined;
}

/**
 * Drill-through of a chart card: a click on the chart opens what is behind the bar, cell or
 * panel (a middle or Ctrl/⌘ click in a new tab), and the table view links to the same pages.
 */
export function useDrill(model: ChartModel | null): {
  onItemClick: ChartProps['onItemClick'];
  hrefOf: (target: ChartTarget) => string;
} {
  const search = useSearch();
  const hrefOf = useCallback((target: ChartTarget) => targetHref(target, search), [search]);
  const onItemClick = useCallback<NonNullable<ChartProps['onItemClick']>>(
    (click, keys) => {
      const target = model ? targetAt(model, click) : null;
      if (target) followHref(hrefOf(target), keys);
    },
    [model, hrefOf],
  );
  return { onItemClick: isDrillable(model) ? onItemClick : undefined, hrefOf };
}
