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

/** normaliseLabel followed by stripNumbering: the form every keyword in the schema is written in. */
export function labelBody(label: string): string {
  return stripNumbering(normaliseLabel(label));
}
