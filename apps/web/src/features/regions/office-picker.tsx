import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useOffices } from '../../data-access/queries';
import type { Office } from '../../data-access/types';
import { CLEARABLE } from '../../app/clearable';

/** One office by name or alias (server search as you type). */
export function OfficePicker({
  id,
  label,
  value,
  onChange,
  exclude,
}: {
  id: string;
  label: string;
  value: Office | null;
  onChange: (office: Office | null) => void;
  exclude?: number;
}) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const offices = useOffices({ q: query || undefined });
  const items = (offices.data?.items ?? []).filter((office) => office.id !== exclude);
  const byId = new Map(items.map((office) => [office.id, office]));
  if (value) byId.set(value.id, value);
  return (
    <Select<number>
      id={id}
      aria-label={label}
      placeholder={`${label}（输入名称搜索）`}
      style={{ width: 260 }}
      allowClear={CLEARABLE}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      loading={offices.isFetching}
      notFoundContent={offices.isFetching ? '正在搜索…' : '没有匹配的单位'}
      options={[...byId.values()].map((office) => ({ value: office.id, label: office.name }))}
      value={value?.id}
      onChange={(next) => onChange(next === undefined ? null : (byId.get(next) ?? null))}
    />
  );
}
