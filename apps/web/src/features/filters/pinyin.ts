/** Matching typed text against Chinese names: plain substring, full pinyin, and initials. */

export type PinyinMatch = (
  text: string,
  pinyin: string,
  options?: { continuous?: boolean },
) => number[] | null;

let loading: Promise<PinyinMatch | null> | null = null;

/** Loads pinyin-pro (a separate chunk) once; null when it cannot be loaded. */
export function loadPinyin(): Promise<PinyinMatch | null> {
  loading ??= import('pinyin-pro')
    .then((module) => module.match as PinyinMatch)
    .catch(() => {
      loading = null;
      return null;
    });
  return loading;
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Whether `input` finds `name` (or one of its aliases): 东兴 always, and with pinyin-pro's
 * `match` also dongxing and dxjd for 东兴街道.
 */
export function matchesName(
  name: string,
  input: string,
  aliases: readonly string[] = [],
  pinyin: PinyinMatch | null = null,
): boolean {
  const query = normalise(input);
  if (!query) return true;
  return [name, ...aliases].some((candidate) => {
    if (normalise(candidate).includes(query)) return true;
    if (!pinyin || !/^[a-z]+$/.test(query)) return false;
    return pinyin(candidate, query, { continuous: true }) !== null;
  });
}
