import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../../data-access/api-client';
import { useOffices } from '../../data-access/queries';
import type { Office } from '../../data-access/types';
import { officeOptions } from '../filters/office-options';
import { loadPinyin, matchesName, type PinyinMatch } from '../filters/pinyin';

export interface OfficePickerProps {
  value: number | null;
  /** The chosen office, so its name shows before any list has loaded. */
  selected?: Office | null;
  onChange: (officeId: number) => void;
  id?: string;
}

/** One office by name, alias, pinyin or initials: the filter bar's office search, single choice. */
export function OfficePicker({
  value,
  selected,
  onChange,
  id = 'office-picker',
}: OfficePickerProps) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [pinyin, setPinyin] = useState<{ match: PinyinMatch | null }>({ match: null });

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  useEffect(() => {
    let live = true;
    void loadPinyin().then((match) => {
      if (live) setPinyin({ match });
    });
    return () => {
      live = false;
    };
  }, []);

  const base = useOffices({}, open);
  const searched = useOffices({ q: query }, query.length > 0);
  const searchedItems = query.length > 0 ? searched.data?.items : undefined;
  const options = useMemo(() => {
    const known = new Map<number, Office>();
    for (const office of [
      ...(base.data?.items ?? []),
      ...(searchedItems ?? []),
      ...(selected ? [selected] : []),
    ])
      known.set(office.id, office);
    return officeOptions({
      known: known.values(),
      text: search,
      selectedIds: value === null ? [] : [value],
      serverHits: (searchedItems ?? []).map((office) => office.id),
      officeKinds: [],
      regionIds: [],
      regionsById: new Map(),
      matches: (name, text, aliases) => matchesName(name, text, aliases, pinyin.match),
    });
  }, [base.data, searchedItems, selected, search, value, pinyin]);

  const searching = (query.length > 0 && searched.isFetching) || base.isFetching;
  return (
    <Select
      id={id}
      aria-label="选择单位"
      className="office-picker"
      value={value ?? undefined}
      options={options}
      placeholder="输入单位名称、拼音或首字母"
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(next) => {
        setOpen((was) => was || next);
        if (!next) setSearch('');
      }}
      notFoundContent={
        searching ? (
          <span>
            <Spin size="small" /> 正在搜索单位…
          </span>
        ) : base.isError ? (
          describeError(base.error)
        ) : (
          '没有匹配的单位'
        )
      }
      onChange={(officeId: number) => {
        setSearch('');
        onChange(officeId);
      }}
      style={{ width: 360 }}
    />
  );
}
