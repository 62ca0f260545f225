/** Matching typed text against Chinese names: plain substring, full pinyin, and initials. */

type PinyinMatch = (
  text: string,
  pinyin: string,
  options?: { continuous?: boolean },
) => number[] | null;

let pinyinMatch: PinyinMatch | null = null;
let loading: Promise<void> | null = null;

/** Loads pinyin-pro (a separate chunk) once; matching works by substring until it is there. */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro')
    .then((module) => {
      pinyinMatch = module.match;
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}

export function pinyinReady(): boolean {
  return pinyinMatch !== null;
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Whether `input` finds `name` (or one of its aliases): 东兴, dongxing, dxjd all find 东兴街道. */
export function matchesName(name: string, input: string, aliases: readonly string[] = []): boolean {
  const query = normalise(input);
  if (!query) return true;
  return [name, ...aliases].some((candidate) => {
    if (normalise(candidate).includes(query)) return true;
    if (!pinyinMatch || !/^[a-z]+$/.test(query)) return false;
    return pinyinMatch(candidate, query, { continuous: true }) !== null;
  });
}
