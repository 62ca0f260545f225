const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』]/g;
const NUMBERING_PREFIXES = [
  /^[一二三四五六七八九十]+、/,
  /^\([一二三四五六七八九十]+\)/,
  /^\d+[.、]/,
];

/**
 * Normalises a printed label for matching (§7.1): NFKC (full-width brackets, digits and
 * punctuation become ASCII), no whitespace at all (cells wrap mid-word), no quote marks
 * (“三安全一稳定” appears with every kind of quote and without).
 */
export function normaliseLabel(label: string): string {
  return label.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES, '');
}

/** Removes leading numbering such as 三、 (一) 1. so that the label body can be matched. */
export function stripNumbering(normalisedLabel: string): string {
  let body = normalisedLabel;
  for (;;) {
    const next = NUMBERING_PREFIXES.reduce((text, prefix) => text.replace(prefix, ''), body);
    if (next === body) return body;
    body = next;
  }
}

const BODY_CACHE_LIMIT = 20_000;
const bodyCache = new Map<string, string>();

/**
 * normaliseLabel followed by stripNumbering: the form every keyword in the schema is written in.
 * Memoised: parsers ask for the same few hundred labels thousands of times.
 */
export function labelBody(label: string): string {
  const cached = bodyCache.get(label);
  if (cached !== undefined) return cached;
  const body = stripNumbering(normaliseLabel(label));
  if (bodyCache.size >= BODY_CACHE_LIMIT) bodyCache.clear();
  bodyCache.set(label, body);
  return body;
}
