import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useOffices } from '../../data-access/queries';
import type { Office } from '../../data-access/types';
import { officeOptions } from '../filters/office-options';
import { OfficeSearchNote, useDebounced, usePinyinMatch } from '../filters/office-search';
import { matchesName } from '../filters/pinyin';

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
  const query = useDebounced(search.trim(), 250);
  const pinyin = usePinyinMatch(open || search.length > 0);

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
      notFoundContent={<OfficeSearchNote searching={searching} error={base.error} />}
      onChange={(officeId: number) => {
        setSearch('');
        onChange(officeId);
      }}
      style={{ width: 360 }}
    />
  );
}
