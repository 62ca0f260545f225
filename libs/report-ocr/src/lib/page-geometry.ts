import type { RuleLine } from './ruling-lines';

/** A4 portrait in points. */
const A4 = { width: 595.28, height: 841.89 };

/**
 * Points per pixel of a page image: an A4-shaped page is A4 (scanners often declare no or a wrong
 * resolution), otherwise the declared resolution, otherwise 200 dpi.
 */
export function pointsPerPixel(
  width: number,
  height: number,
  declaredDpi: number | null,
  scaledBy: number,
): number {
  const ratio = height / width;
  if (Math.abs(ratio - A4.height / A4.width) < 0.03) return A4.width / width;
  const dpi = (declaredDpi ?? 200) * scaledBy;
  return 72 / dpi;
}

/** True when rules enclose the point on all four sides: it lies in a table cell. */
export function insideTable(
  x: number,
  y: number,
  rules: { horizontal: RuleLine[]; vertical: RuleLine[] },
): boolean {
  const spansX = (r: RuleLine) => r.x0 <= x && r.x1 >= x;
  const spansY = (r: RuleLine) => r.y0 <= y && r.y1 >= y;
  return (
    rules.horizontal.some((r) => spansX(r) && r.y1 < y) &&
    rules.horizontal.some((r) => spansX(r) && r.y0 > y) &&
    rules.vertical.some((r) => spansY(r) && r.x1 < x) &&
    rules.vertical.some((r) => spansY(r) && r.x0 > x)
  );
}
