import { useQueries } from '@tanstack/react-query';
import { Button, Segmented, Select, TreeSelect } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { describeError } from '../../data-access/api-client';
import {
  EMPTY_FILTERS,
  FORMAT_OPTIONS,
  OFFICE_KIND_OPTIONS,
  type Filters,
} from '../../data-access/filters';
import { officeQuery, useAllOffices, useOffices, useRegions } from '../../data-access/queries';
import { officesInScope, regionTree } from '../../data-access/regions';
import type { Office, OfficeKind, ReportFormat } from '../../data-access/types';
import type { FilterBarProps } from './filter-bar';
import { PLACEHOLDERS } from './filter-bar-preview';
import { officeOptions } from './office-options';
import { OfficeSearchNote, useDebounced, usePinyinMatch } from './office-search';
import { matchesName } from './pinyin';
import { CLEARABLE } from '../../app/clearable';

/** One end of the year range: the years the other end allows are enabled. */
function YearSelect(props: {
  id: string;
  label: string;
  value: number;
  years: readonly number[];
  allowed: (year: number) => boolean;
  onChange: (year: number) => void;
}) {
  return (
    <Select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      style={{ width: 96 }}
      options={props.years.map((year) => ({
        value: year,
        label: `${year}年`,
        disabled: !props.allowed(year),
      }))}
      onChange={props.onChange}
    />
  );
}

/**
 * The filter bar's controls: antd selects and a tree select, a chunk of their own (see FilterBar).
 */
export function FilterControls({ filters, availableYears, onChange }: FilterBarProps) {
  const regions = useRegions();
  const regionList = useMemo(() => regions.data?.items ?? [], [regions.data]);
  const regionsById = useMemo(() => new Map(regionList.map((r) => [r.id, r])), [regionList]);
  const tree = useMemo(() => regionTree(regionList), [regionList]);

  const [officeOpen, setOfficeOpen] = useState(false);
  const [search, setSearch] = useState('');
  const pinyin = usePinyinMatch(officeOpen || search.length > 0);
  const query = useDebounced(search.trim(), 250);

  const singleRegion = filters.regionIds.length === 1 ? filters.regionIds[0] : undefined;
  const singleKind = filters.officeKinds.length === 1 ? filters.officeKinds[0] : undefined;
  const base = useAllOffices(
    { regionId: singleRegion, kind: singleKind },
    officeOpen || filters.officeIds.length > 0,
  );
  const searched = useOffices({ q: query }, query.length > 0);
  const baseItems = base.data?.items;
  const searchedItems = query.length > 0 ? searched.data?.items : undefined;
  const missingIds = filters.officeIds.filter(
    (id) => !baseItems?.some((o) => o.id === id) && !searchedItems?.some((o) => o.id === id),
  );
  const byId = useQueries({
    queries: (base.isSuccess ? missingIds : []).map(officeQuery),
  });

  const known = useMemo(() => {
    const map = new Map<number, Office>();
    for (const office of [...(baseItems ?? []), ...(searchedItems ?? [])])
      map.set(office.id, office);
    for (const result of byId) if (result.data) map.set(result.data.id, result.data);
    return map;
  }, [baseItems, searchedItems, byId]);

  const matches = useCallback(
    (name: string, text: string, aliases: readonly string[]) =>
      matchesName(name, text, aliases, pinyin.match),
    [pinyin],
  );
  const options = useMemo(
    () =>
      officeOptions({
        known: known.values(),
        text: search,
        selectedIds: filters.officeIds,
        serverHits: (searchedItems ?? []).map((office) => office.id),
        officeKinds: filters.officeKinds,
        regionIds: filters.regionIds,
        regionsById,
        matches,
      }),
    [
      known,
      search,
      searchedItems,
      filters.officeIds,
      filters.officeKinds,
      filters.regionIds,
      regionsById,
      matches,
    ],
  );

  const yearOptions = useMemo(() => {
    const years = new Set([...availableYears, filters.yearFrom, filters.yearTo]);
    return [...years].sort((a, b) => b - a);
  }, [availableYears, filters.yearFrom, filters.yearTo]);

  const change = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });

  function changeScope(regionIds: number[], officeKinds: OfficeKind[]) {
    const scopeInfo = new Map(
      [...known.values()].map((o) => [o.id, { regionId: o.regionId, kind: o.kind }]),
    );
    const officeIds = officesInScope(
      filters.officeIds,
      scopeInfo,
      regionIds,
      officeKinds,
      regionsById,
    );
    change({ regionIds, officeKinds, officeIds });
  }

  const searching = (query.length > 0 && searched.isFetching) || base.isFetching;

  return (
    <section className="filter-bar" aria-label="筛选条件">
      <div className="filter-field">
        <label htmlFor="filter-year-from">年份</label>
        <div className="filter-years">
          <YearSelect
            id="filter-year-from"
            label="起始年份"
            value={filters.yearFrom}
            years={yearOptions}
            allowed={(year) => year <= filters.yearTo}
            onChange={(yearFrom) => change({ yearFrom })}
          />
          <span>至</span>
          <YearSelect
            id="filter-year-to"
            label="截止年份"
            value={filters.yearTo}
            years={yearOptions}
            allowed={(year) => year >= filters.yearFrom}
            onChange={(yearTo) => change({ yearTo })}
          />
        </div>
      </div>
      <div className="filter-field filter-wide">
        <label htmlFor="filter-regions">地区</label>
        <TreeSelect
          id="filter-regions"
          aria-label="地区"
          treeData={tree}
          value={regions.isSuccess ? filters.regionIds : []}
          treeCheckable
          showCheckedStrategy={TreeSelect.SHOW_PARENT}
          allowClear={CLEARABLE}
          maxTagCount="responsive"
          placeholder={regions.isError ? describeError(regions.error) : PLACEHOLDERS.regions}
          loading={regions.isPending}
          notFoundContent={regions.isPending ? '正在加载地区…' : '没有匹配的地区'}
          showSearch={{
            filterTreeNode: (input: string, node: { title?: unknown }) =>
              matches(String(node.title ?? ''), input, []),
          }}
          onChange={(ids: number[]) => changeScope(ids, filters.officeKinds)}
          style={{ width: '100%' }}
        />
      </div>
      <div className="filter-field filter-wide">
        <label htmlFor="filter-offices">单位</label>
        <Select
          id="filter-offices"
          aria-label="单位"
          mode="multiple"
          value={filters.officeIds}
          options={options}
          allowClear={CLEARABLE}
          maxTagCount="responsive"
          placeholder={PLACEHOLDERS.offices}
          showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
          onOpenChange={(open) => {
            setOfficeOpen((was) => was || open);
            if (!open) setSearch('');
          }}
          notFoundContent={<OfficeSearchNote searching={searching} error={base.error} />}
          onChange={(officeIds: number[]) => {
            setSearch('');
            change({ officeIds });
          }}
          style={{ width: '100%' }}
        />
      </div>
      <div className="filter-field">
        <label htmlFor="filter-kinds">单位类型</label>
        <Select
          id="filter-kinds"
          aria-label="单位类型"
          mode="multiple"
          value={filters.officeKinds}
          options={OFFICE_KIND_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
          allowClear={CLEARABLE}
          placeholder={PLACEHOLDERS.kinds}
          onChange={(kinds: OfficeKind[]) => changeScope(filters.regionIds, kinds)}
          style={{ minWidth: 140 }}
        />
      </div>
      <div className="filter-field">
        <span className="filter-label" id="filter-format-label">
          格式
        </span>
        <Segmented
          aria-labelledby="filter-format-label"
          aria-label="格式"
          value={filters.format ?? 'all'}
          options={[...FORMAT_OPTIONS]}
          onChange={(value) => change({ format: value === 'all' ? null : (value as ReportFormat) })}
        />
      </div>
      <div className="filter-field filter-actions">
        <Button
          onClick={() => onChange({ ...EMPTY_FILTERS })}
          disabled={
            filters.regionIds.length + filters.officeIds.length + filters.officeKinds.length ===
              0 && filters.format === null
          }
        >
          重置筛选
        </Button>
      </div>
    </section>
  );
}
