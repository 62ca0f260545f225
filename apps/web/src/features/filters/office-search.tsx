import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../data-access/api-client';
import { loadPinyin, type PinyinMatch } from './pinyin';

/** Searching offices by name, pinyin or initials: shared by the filter bar and the office picker. */

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** pinyin-pro's matcher once its chunk has loaded (null until then, or if it cannot load). */
export function usePinyinMatch(): { match: PinyinMatch | null } {
  const [pinyin, setPinyin] = useState<{ match: PinyinMatch | null }>({ match: null });
  useEffect(() => {
    let live = true;
    void loadPinyin().then((match) => {
      if (live) setPinyin({ match });
    });
    return () => {
      live = false;
    };
  }, []);
  return pinyin;
}

/** What an office select shows when it has no option: searching, the error, or no match. */
export function OfficeSearchNote({ searching, error }: { searching: boolean; error: unknown }) {
  if (searching) {
    return (
      <span>
        <Spin size="small" /> 正在搜索单位…
      </span>
    );
  }
  return <>{error ? describeError(error) : '没有匹配的单位'}</>;
}
