import type { RankChoice } from '@ogi/report-charts';
import { usePageParams } from '../data-access/page-params';

/** How many rows a ranking offers to show (null: all of them). */
export type RankLimits = readonly (number | null)[];

/**
 * A ranking's top or bottom N as it lives in the URL: `rank=bottom` (lowest first; highest first
 * without it) and `n=5` (or `n=all`). A number the ranking does not offer falls back.
 */
export function parseRankChoice(
  params: URLSearchParams,
  limits: RankLimits,
  fallback: RankChoice,
): RankChoice {
  const rank = params.get('rank');
  const n = params.get('n');
  const limit = n === 'all' ? null : n !== null && /^\d{1,3}$/.test(n) ? Number(n) : undefined;
  return {
    order: rank === 'bottom' ? 'asc' : rank === 'top' ? 'desc' : fallback.order,
    limit: limit !== undefined && limits.includes(limit) ? limit : fallback.limit,
  };
}

/** The choice written into the URL. */
export function rankChoiceQuery(choice: RankChoice): Record<string, string> {
  return {
    rank: choice.order === 'asc' ? 'bottom' : 'top',
    n: choice.limit === null ? 'all' : String(choice.limit),
  };
}

/** The page's ranking choice, read from and written into the URL. */
export function useRankChoice(
  limits: RankLimits,
  fallback: RankChoice,
): [RankChoice, (choice: RankChoice) => void] {
  const [search, setParams] = usePageParams();
  const choice = parseRankChoice(search, limits, fallback);
  return [choice, (next) => setParams(rankChoiceQuery(next))];
}
