import type { ChartTarget } from '@ogi/report-charts';
import { withParams } from '../data-access/page-params';
import { navigate } from '../app/navigation';

/**
 * Where a drill-through leads, with the current filters carried over: an office opens its
 * profile at that year; a region opens 对比 for the offices inside it (the region becomes the
 * region filter, the page's level and a stored selection no longer apply).
 */
export function targetHref(target: ChartTarget, search: string): string {
  if (target.entity === 'office') {
    return `/office/${target.id}${target.year === null ? '' : `/${target.year}`}${search}`;
  }
  const next = withParams(search, {
    regionIds: String(target.id),
    sel: undefined,
    compareBy: 'office',
    level: undefined,
  });
  return `/compare${next}`;
}

/** What a click asks for: a new tab (middle button, Ctrl/⌘ or Shift held) or this tab. */
export function wantsNewTab(event: {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): boolean {
  return event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey;
}

/** Follows a link from a click on a canvas as a browser follows an <a>. */
export function followHref(
  href: string,
  event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean },
): void {
  if (wantsNewTab(event)) {
    window.open(href, '_blank', 'noopener');
    return;
  }
  const url = new URL(href, window.location.origin);
  navigate(url.pathname, url.search);
}
