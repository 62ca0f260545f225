import { MAX_RANKING } from '@ogi/api-params';
import {
  DEFAULT_RANK_CHOICE,
  rankedChart,
  type RankChoice,
  type RegisteredChart,
} from '@ogi/report-charts';
import { parseRankChoice, type RankLimits } from '../../charts/rank-params';

/** What a ranking of the registry offers: the API ranks at most MAX_RANKING rows. */
export const REGISTRY_RANK_LIMITS: RankLimits = [5, 10, 20, 50];

/** The top or bottom N a query string asks for (the page's and the prefetch's reading alike). */
export function registryRankChoice(search: string): RankChoice {
  return parseRankChoice(new URLSearchParams(search), REGISTRY_RANK_LIMITS, DEFAULT_RANK_CHOICE);
}

/**
 * A registered chart as it is asked for: a ranking with the chosen order and number, so that the
 * prefetch before the page renders and the page's card ask the same request.
 */
export function chartAsChosen(chart: RegisteredChart, rank: RankChoice): RegisteredChart {
  return chart.requests.ranking ? rankedChart(chart, rank, MAX_RANKING) : chart;
}
