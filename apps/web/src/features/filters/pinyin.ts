/** Matching typed text against Chinese names: plain substring, full pinyin, and initials. */

/** Whether `pinyin` (lower-case letters) matches a run of consecutive characters of `text`. */
export type PinyinMatch = (text: string, pinyin: string) => boolean;

type ReadingsOf = (char: string) => readonly string[];

const HAN = /[\u3400-\u9fff]/;

/**
 * A matcher over per-character readings: each character of a run is matched by a prefix of one
 * of its readings (so `dxjd`, `dongxing` and `dongxjd` find 东兴街道), polyphones by any reading.
 * Readings are cached per character and names per text, and a match allocates nothing, so a
 * search over thousands of offices stays within a keystroke (pinyin-pro's own `match` re-reads
 * every name on every keystroke: 200–350 ms for 6,000 names).
 */
export function pinyinMatcher(readingsOf: ReadingsOf): PinyinMatch {
  const chars = new Map<string, readonly string[]>();
  const names = new Map<string, readonly (readonly string[])[]>();
  let failed = new Uint8Array(256);
  const readings = (char: string) => {
    let found = chars.get(char);
    if (!found) {
      found = HAN.test(char)
        ? [
            ...new Set(
              readingsOf(char).flatMap((r) => [r, r.replace(/ü/g, 'v'), r.replace(/ü/g, 'u')]),
            ),
          ]
        : [char.toLowerCase()];
      chars.set(char, found);
    }
    return found;
  };
  const syllables = (text: string) => {
    let found = names.get(text);
    if (!found) {
      found = [...text.replace(/\s+/g, '')].map(readings);
      names.set(text, found);
    }
    return found;
  };
  return (text, query) => {
    if (!query) return true;
    const name = syllables(text);
    const width = query.length + 1;
    if (failed.length < name.length * width) failed = new Uint8Array(name.length * width * 2);
    else failed.fill(0, 0, name.length * width);
    // Does the query from `pos` match characters from `i` on? Failures are remembered per (i, pos).
    const walk = (i: number, pos: number): boolean => {
      if (pos === query.length) return true;
      if (i >= name.length || failed[i * width + pos]) return false;
      for (const reading of name[i]) {
        let same = 0;
        while (
          same < reading.length &&
          pos + same < query.length &&
          reading[same] === query[pos + same]
        )
          same += 1;
        for (let len = same; len > 0; len -= 1) if (walk(i + 1, pos + len)) return true;
      }
      failed[i * width + pos] = 1;
      return false;
    };
    for (let start = 0; start < name.length; start += 1) if (walk(start, 0)) return true;
    return false;
  };
}

let loading: Promise<PinyinMatch | null> | null = null;

/** Loads pinyin-pro (a separate chunk) once; null when it cannot be loaded. */
export function loadPinyin(): Promise<PinyinMatch | null> {
  loading ??= import('pinyin-pro')
    .then((module) =>
      pinyinMatcher((char) =>
        module.pinyin(char, { toneType: 'none', type: 'array', multiple: true }),
      ),
    )
    .catch(() => {
      loading = null;
      return null;
    });
  return loading;
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Whether `input` finds `name` (or one of its aliases): 东兴 always, and with pinyin loaded
 * also dongxing and dxjd for 东兴街道.
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
    return pinyin(candidate, query);
  });
}
