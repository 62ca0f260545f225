import { ExtractError } from '../errors';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
}

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();

/** A cached decoder; `fatal` ones throw on malformed input instead of inserting U+FFFD. */
function decoder(encoding: string, fatal: boolean): Decoder {
  const key = `${encoding}|${fatal}`;
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(encoding, { fatal, ignoreBOM: false });
    decoders.set(key, d);
  }
  return d;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
}

function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** The encoding a byte order mark announces, with the BOM's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text with ASCII characters (digits, spaces, newlines) has NUL high bytes,
 * all at odd offsets (little-endian) or all at even ones (big-endian).
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // CJK characters such as 一 (U+4E00) and 开 (U+5F00) have a NUL low byte, so the other side may
  // have a few NULs too.
  if (oddZeros >= pairs * 0.1 && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * 0.1 && oddZeros * 4 < evenZeros) return 'utf-16be';
  return null;
}

/** Share of characters that never occur in text: C0 controls other than tab, LF, CR, FF; DEL. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) ||
      c === 0x7f
    )
      bad++;
  }
  return bad / n;
}

/** Whether decoded text looks like text rather than binary data. */
export function looksLikeText(text: string): boolean {
  return (
    controlShare(text) <= 0.01 &&
    replacementCount(text.slice(0, 65536)) <= Math.max(2, text.length * 0.001)
  );
}

function notText(fileName: string): ExtractError {
  return new ExtractError(
    'unsupported_kind',
    `${fileName}: looks like binary data, not text, HTML, DOCX or PDF`,
    `${fileName}：看起来是二进制数据，不是文本、HTML、DOCX 或 PDF 文件`,
    fileName,
  );
}

/**
 * Decodes text bytes, detecting the encoding: BOM (UTF-8, UTF-16LE/BE), UTF-16 without BOM (NUL
 * pattern), strict UTF-8, then GB18030 (which covers GBK and GB2312). A lone broken byte (e.g. a
 * truncated last character) is tolerated; anything that decodes to control characters is binary and
 * throws `unsupported_kind`.
 */
export function decodeText(bytes: Uint8Array, fileName = 'input'): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decoder(bom.encoding, false).decode(bytes);
    if (!looksLikeText(text)) throw notText(fileName);
    return { text, encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16) ?? decoder(utf16, false).decode(bytes);
    if (looksLikeText(text)) return { text, encoding: utf16 };
  }
  const strict = tryDecode(bytes, 'utf-8');
  if (strict !== null) {
    if (!looksLikeText(strict)) throw notText(fileName);
    return { text: strict, encoding: 'utf-8' };
  }
  // UTF-8 with a rare broken byte (a file cut inside its last character, one damaged byte) stays
  // UTF-8: GB18030 would decode it without error but into mojibake. GBK text read as UTF-8 breaks
  // on nearly every character, so it never passes this test.
  const lenient = decoder('utf-8', false).decode(bytes);
  if (
    replacementCount(lenient) <= Math.max(1, lenient.length * 0.001) &&
    controlShare(lenient) <= 0.01
  ) {
    return { text: lenient, encoding: 'utf-8' };
  }
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) {
    if (!looksLikeText(gb)) throw notText(fileName);
    return { text: gb, encoding: 'gb18030' };
  }
  // Neither decodes cleanly: take the one with the fewest broken characters, if they are rare.
  const loose = ['utf-8', 'gb18030'].map((encoding) => {
    const text = decoder(encoding, false).decode(bytes);
    return { text, encoding, bad: replacementCount(text) };
  });
  loose.sort((a, b) => a.bad - b.bad);
  const best = loose[0];
  if (best.bad <= Math.max(1, best.text.length * 0.001) && controlShare(best.text) <= 0.01) {
    return { text: best.text, encoding: best.encoding };
  }
  throw notText(fileName);
}

/** Decodes with a declared charset (HTML meta); null when the name is unknown or the bytes do not fit. */
export function decodeWithCharset(bytes: Uint8Array, charset: string): DecodedText | null {
  const name = normaliseCharset(charset);
  if (!name) return null;
  const text = tryDecode(bytes, name);
  if (text === null || !looksLikeText(text)) return null;
  return { text, encoding: name };
}

/** Maps a declared charset to a TextDecoder label we trust; GB2312/GBK are read as GB18030. */
export function normaliseCharset(charset: string): string | null {
  const c = charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(c)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|hz-gb-2312)$/.test(c)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5)$/.test(c)) return 'big5';
  if (/^utf-?16(le)?$/.test(c)) return 'utf-16le';
  if (/^utf-?16be$/.test(c)) return 'utf-16be';
  if (/^(iso-8859-1|latin1|windows-1252|us-ascii|ascii)$/.test(c)) return 'windows-1252';
  return null;
}
