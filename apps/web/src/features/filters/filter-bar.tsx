import type { Filters, ResolvedFilters } from '../../data-access/filters';
import { useAfterFirstPaint } from '../../app/after-first-paint';
import { loadOnce } from '../../app/load-once';
import { useChunk } from '../../app/use-chunk';
import { FilterBarPreview } from './filter-bar-preview';

export interface FilterBarProps {
  filters: ResolvedFilters;
  availableYears: readonly number[];
  onChange: (next: Filters) => void;
}

const controlsChunk = loadOnce(() => import('./filter-controls'));

/**
 * Year range, regions (whole subtrees), offices (server search + pinyin), kind and format. The
 * controls (antd's selects and tree select, a fifth of the app chunk) are a chunk of their own,
 * asked for after the app's first paint (see useAfterFirstPaint; loading it sooner delayed the
 * first chart); until they are there the bar shows the chosen filters as text in their places.
 */
export function FilterBar(props: FilterBarProps) {
  const painted = useAfterFirstPaint();
  const controls = useChunk(controlsChunk, painted);
  if (painted && controls.status === 'ready') {
    const { FilterControls } = controls.module;
    return <FilterControls {...props} />;
  }
  return (
    <FilterBarPreview
      filters={props.filters}
      failure={controls.status === 'failed' ? controls.error : undefined}
    />
  );
}
