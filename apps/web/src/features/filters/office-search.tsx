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

/**
 * Runs `task` after `delayMs`, once the page has nothing else to do: the page's first charts
 * draw in short bursts with idle gaps between them, so an idle moment alone comes too early.
 */
function whenSettled(task: () => void, delayMs: number): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      idle = window.requestIdleCallback(task, { timeout: delayMs });
    } else task();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== null) window.cancelIdleCallback(idle);
  };
}

/**
 * pinyin-pro's matcher once its chunk has loaded (null until then, or if it cannot load). The
 * chunk is asked for as soon as `wanted` (the office list is open or being typed in), else a few
 * seconds after the page opened, so it never competes with the first charts.
 */
export function usePinyinMatch(wanted: boolean): { match: PinyinMatch | null } {
  const [pinyin, setPinyin] = useState<{ match: PinyinMatch | null }>({ match: null });
  const loaded = pinyin.match !== null;
  useEffect(() => {
    if (loaded) return undefined;
    let live = true;
    const load = () => {
      void loadPinyin().then((match) => {
        if (live && match) setPinyin({ match });
      });
    };
    const cancel = wanted ? (load(), () => undefined) : whenSettled(load, 3000);
    return () => {
      live = false;
      cancel();
    };
  }, [wanted, loaded]);
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
