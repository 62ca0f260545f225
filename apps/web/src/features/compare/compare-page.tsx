import { Alert, Pagination, Segmented, Select } from 'antd';
import { useMemo, useState } from 'react';
import {
  compareRankingModel,
  groupedBarsModel,
  heatmapHeight,
  heatmapModel,
  metricLabel,
  smallMultiplesHeight,
  smallMultiplesModel,
  SMALL_SAMPLE_TEXT,
  yearsWithin,
  type CompareChart,
} from '@ogi/report-charts';
import { metricById } from '@ogi/report-schema';
import { ChartCard } from '../../charts/chart-card';
import { RankControls } from '../../charts/rank-controls';
import { useRankChoice, type RankLimits } from '../../charts/rank-params';
import { describeError } from '../../data-access/api-client';
import { usePageParams } from '../../data-access/page-params';
import { useRegions } from '../../data-access/queries';
import { FilteredPage } from '../filters/filtered-page';
import { useExportSubtitle } from '../filters/use-export-subtitle';
import type { ResolvedFilters } from '../../data-access/filters';
import {
  compareParamsQuery,
  metricOptions,
  parseCompareParams,
  REGION_LEVEL_OPTIONS,
  type CompareParams,
} from './compare-params';
import { useCompareData } from './use-compare-data';
import { compareDataLinks } from '../exports/export-links';

/** The ranking shows every entity unless a top or bottom N is chosen. */
const RANK_LIMITS: RankLimits = [5, 10, 20, null];
const ALL_RANKED = { order: 'desc', limit: null } as const;

/** Panels of small multiples per page, and per row. */
const PANELS_PER_PAGE = 24;
const PANEL_COLUMNS = 4;

/** 对比: offices or regions side by side for one metric. */
export function ComparePage() {
  return <FilteredPage>{(filters) => <CompareContent filters={filters} />}</FilteredPage>;
}

export default ComparePage;

function CompareContent({ filters }: { filters: ResolvedFilters }) {
  const regions = useRegions();
  const regionItems = regions.data?.items;
  const levels = useMemo(() => (regionItems ?? []).map((region) => region.level), [regionItems]);
  const [search, setParams] = usePageParams();
  const params = parseCompareParams(search, {
    officesPicked: filters.officeIds.length > 0,
    regions: regionItems ?? [],
    regionIds: filters.regionIds,
  });
  const [rank, setRank] = useRankChoice(RANK_LIMITS, ALL_RANKED);
  const change = (patch: Partial<CompareParams>) =>
    setParams(compareParamsQuery({ ...params, ...patch }));

  const result = useCompareData(filters, params, regionItems);
  const subtitle = `${useExportSubtitle(filters)}\n指标：${metricLabel(params.metric)}`;
  // Back to the first page of small multiples whenever the data changes.
  const [paged, setPaged] = useState<{ data: unknown; page: number }>({ data: null, page: 1 });
  const page = paged.data === result.data ? paged.page : 1;
  const setPage = (next: number) => setPaged({ data: result.data, page: next });

  const inRange = useMemo(
    () => (result.data ? yearsWithin(result.data.data, filters.yearFrom, filters.yearTo) : null),
    [result.data, filters.yearFrom, filters.yearTo],
  );
  const bars = useMemo(() => (inRange ? groupedBarsModel(inRange) : null), [inRange]);
  const { order, limit } = rank;
  const ranking = useMemo(
    () =>
      result.data ? compareRankingModel(result.data.data, filters.yearTo, { order, limit }) : null,
    [result.data, filters.yearTo, order, limit],
  );
  const heat = useMemo(() => (inRange ? heatmapModel(inRange) : null), [inRange]);
  const multiples = useMemo(
    () =>
      inRange
        ? smallMultiplesModel(inRange, {
            offset: (page - 1) * PANELS_PER_PAGE,
            count: PANELS_PER_PAGE,
            columns: PANEL_COLUMNS,
          })
        : null,
    [inRange, page],
  );

  const metric = metricById(params.metric);
  const entity = params.by === 'office' ? '单位' : '地区';
  const entities = inRange?.entities.length ?? 0;
  const range =
    filters.yearFrom === filters.yearTo
      ? `${filters.yearTo}年`
      : `${filters.yearFrom}–${filters.yearTo}年`;
  const links = (chart: CompareChart) => compareDataLinks(chart, filters, params);
  const state = {
    loading: result.isFetching,
    error: result.isError ? describeError(result.error) : null,
    onRetry: () => void result.refetch(),
    exportSubtitle: subtitle,
  };
  const empty = `${range}筛选范围内没有${entity}的“${metricLabel(params.metric)}”数据`;
  const rateNote =
    metric?.kind === 'rate'
      ? `比率 = ${metric.numeratorLabel ?? '分子'} ÷ ${metric.denominatorLabel ?? '分母'}；括号内为分子/分母，分母小于 5 的比率以浅色斜纹标出（${SMALL_SAMPLE_TEXT}）。`
      : null;

  return (
    <div className="compare">
      <section className="compare-controls" aria-label="对比设置">
        <div className="filter-field">
          <span className="filter-label" id="compare-by-label">
            对比对象
          </span>
          <Segmented
            aria-labelledby="compare-by-label"
            aria-label="对比对象"
            value={params.by}
            options={[
              { value: 'office', label: '按单位' },
              { value: 'region', label: '按地区' },
            ]}
            onChange={(value) => change({ by: value as CompareParams['by'] })}
          />
        </div>
        {params.by === 'region' ? (
          <div className="filter-field">
            <label htmlFor="compare-level">地区层级</label>
            <Select
              id="compare-level"
              aria-label="地区层级"
              value={params.level}
              style={{ width: 120 }}
              options={REGION_LEVEL_OPTIONS.filter(
                (option) => levels.length === 0 || levels.includes(option.value),
              ).map((option) => ({ value: option.value, label: option.label }))}
              onChange={(level: CompareParams['level']) => change({ level })}
            />
          </div>
        ) : null}
        <div className="filter-field filter-wide">
          <label htmlFor="compare-metric">指标</label>
          <Select
            id="compare-metric"
            aria-label="指标"
            value={params.metric}
            options={metricOptions()}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(metricId: string) => change({ metric: metricId })}
            style={{ width: '100%', maxWidth: 360 }}
          />
        </div>
        <div className="compare-count" role="status">
          {result.data
            ? `${entities.toLocaleString('zh-CN')} 个${entity}，${range}`
            : result.isFetching
              ? `正在读取${entity}数据…`
              : null}
        </div>
      </section>
      {result.data?.truncated ? (
        <Alert
          className="page-note"
          type="warning"
          showIcon
          title="地区过多：只显示了前 5,000 个地区，请用地区筛选缩小范围。"
        />
      ) : null}
      {rateNote ? <Alert className="page-note" type="info" showIcon title={rateNote} /> : null}
      <div className="chart-grid">
        <ChartCard
          title={bars?.title ?? `${metricLabel(params.metric)}（按${entity}和年份）`}
          model={bars}
          {...state}
          emptyText={empty}
          categoryHeader={entity}
          height={380}
          dataLinks={links('bars')}
        />
        <ChartCard
          title={ranking?.title ?? `${metricLabel(params.metric)}排名（${filters.yearTo}年）`}
          model={ranking}
          {...state}
          emptyText={`${filters.yearTo}年没有可排名的${entity}`}
          categoryHeader={entity}
          height={Math.min(480, Math.max(240, (ranking?.categories.length ?? 0) * 26 + 40))}
          controls={
            <RankControls
              choice={rank}
              limits={RANK_LIMITS}
              onChange={setRank}
              label={`${metricLabel(params.metric)}排名`}
            />
          }
          dataLinks={links('ranking')}
          footnote={`箭头为较上年（${filters.yearTo - 1}年）变化：绿色为向好，红色为变差，灰色为无好坏之分。`}
        />
      </div>
      <div className="chart-grid chart-grid-wide">
        <ChartCard
          title={heat?.title ?? `${metricLabel(params.metric)}（${entity} × 年份）`}
          model={heat}
          {...state}
          emptyText={empty}
          height={heat ? heatmapHeight(heat) : 320}
          dataLinks={links('heatmap')}
          footnote="灰色“无报告”：该年没有报告；白色“—”：有报告但没有此数据（未填报或分母为 0）；浅色斜纹：样本较小。"
        />
        <ChartCard
          title={multiples?.title ?? `${metricLabel(params.metric)}（每个${entity}一图）`}
          model={multiples}
          {...state}
          emptyText={empty}
          categoryHeader={entity}
          height={multiples ? smallMultiplesHeight(multiples) : 320}
          dataLinks={links('multiples')}
          footnote={
            entities > PANELS_PER_PAGE ? (
              <Pagination
                size="small"
                current={page}
                pageSize={PANELS_PER_PAGE}
                total={entities}
                showSizeChanger={false}
                onChange={setPage}
                showTotal={(total) => `共 ${total.toLocaleString('zh-CN')} 个${entity}，纵轴相同`}
              />
            ) : (
              '各图纵轴相同，可直接比较高低。'
            )
          }
        />
      </div>
    </div>
  );
}
