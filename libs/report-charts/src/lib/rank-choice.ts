/**
 * Top N or bottom N of a ranking: highest first (前) or lowest first (后), and how many (null:
 * all). Rows without a value ("—") come last whichever the order: a bottom-5 must list the five
 * lowest values, not five offices without data.
 */
export type RankOrder = 'desc' | 'asc';

export interface RankChoice {
  order: RankOrder;
  /** Rows shown; null: every row. */
  limit: number | null;
}

export const DEFAULT_RANK_CHOICE: RankChoice = { order: 'desc', limit: 10 };

/** Rows in the chosen order, those without a value last, cut to the chosen number. */
export function rankRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => number | null,
  choice: RankChoice,
): T[] {
  const sign = choice.order === 'asc' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  });
  return choice.limit === null ? sorted : sorted.slice(0, choice.limit);
}

/** "前 10" / "后 5" / "全部": how the choice reads in a title. */
export function rankChoiceText(choice: RankChoice): string {
  if (choice.limit === null) return choice.order === 'asc' ? '全部（从低到高）' : '全部';
  return `${choice.order === 'asc' ? '后' : '前'} ${choice.limit}`;
}
