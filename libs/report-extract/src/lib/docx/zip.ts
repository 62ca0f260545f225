import { Inflate } from 'fflate';

/**
 * Limits that keep a ZIP bomb from being expanded: checked on the central directory before
 * anything is inflated, and again while inflating (an entry may not grow past its declared size).
 * The one bounded ZIP reader of the workspace: DOCX files here, archives of reports in
 * @ogi/report-ingestion.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalUncompressed: number;
  /** Largest entry, uncompressed. */
  maxEntryBytes: number;
  /** Largest uncompressed:compressed ratio of an entry bigger than RATIO_FLOOR. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Small entries (XML parts, short text) compress far better than 200:1 and are harmless. */
const RATIO_FLOOR = 65536;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** A ZIP problem: `kind` tells the caller which ExtractError code to use. */
export class ZipProblem extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too_large' | 'encrypted',
    message: string,
    /** The same in Chinese, for the web app. */
    readonly messageZh: string = message,
  ) {
    super(message);
  }
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * An entry name: UTF-8 when flagged so or valid as such, else GB18030 (Chinese Windows tools
 * write GBK names without the flag), else UTF-8 with replacement characters.
 */
export function decodeZipName(raw: Uint8Array): string {
  for (const decoder of [utf8, gb18030]) {
    try {
      return decoder.decode(raw);
    } catch {
      // try the next encoding
    }
  }
  return lenient.decode(raw);
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** Reads the central directory (names and declared sizes) without expanding anything. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    ) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new ZipProblem(
      'corrupt',
      'the ZIP directory is missing (truncated file?)',
      'ZIP 目录缺失（文件可能不完整）',
    );
  }
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  // ZIP64 end of central directory locator just before the EOCD.
  if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const z = u64(bytes, eocd - 12);
    if (z + 56 <= bytes.length && u32(bytes, z) === 0x06064b50) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  if (count > limits.maxEntries) {
    throw new ZipProblem(
      'too_large',
      `the archive has ${count} entries, more than the limit of ${limits.maxEntries}`,
      `压缩包内有 ${count} 个文件，超过上限 ${limits.maxEntries}`,
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new ZipProblem('corrupt', 'the ZIP directory is damaged', 'ZIP 目录已损坏');
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    const name = decodeZipName(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information extra field.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, size, localHeaderOffset });
    total += size;
    if (size > limits.maxEntryBytes) {
      throw new ZipProblem(
        'too_large',
        `entry ${name} expands to ${mb(size)}, more than the limit of ${mb(limits.maxEntryBytes)} per file`,
        `其中的 ${name} 解压后为 ${mb(size)}，超过单个文件 ${mb(limits.maxEntryBytes)} 的上限`,
      );
    }
    if (total > limits.maxTotalUncompressed) {
      throw new ZipProblem(
        'too_large',
        `the archive expands to more than ${mb(limits.maxTotalUncompressed)}, the limit`,
        `解压后超过 ${mb(limits.maxTotalUncompressed)} 的上限`,
      );
    }
    if (size > RATIO_FLOOR && size > Math.max(1, compressedSize) * limits.maxRatio) {
      throw new ZipProblem(
        'too_large',
        `entry ${name} is compressed more than ${limits.maxRatio}:1; refused as a possible zip bomb`,
        `其中的 ${name} 压缩比超过 ${limits.maxRatio}:1，疑似压缩炸弹，已拒绝`,
      );
    }
    p = extraEnd + commentLen;
  }
  return entries;
}

/**
 * Expands one entry, never writing more than its declared size: a stream that inflates past it is
 * refused, so a lying directory cannot turn into a bomb.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) {
    throw new ZipProblem('encrypted', `entry ${entry.name} is encrypted`, `${entry.name} 已加密`);
  }
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) {
    throw new ZipProblem('corrupt', `entry ${entry.name} is damaged`, `${entry.name} 已损坏`);
  }
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw new ZipProblem('corrupt', `entry ${entry.name} is truncated`, `${entry.name} 不完整`);
  }
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.slice(0, entry.size);
  if (entry.method !== 8) {
    throw new ZipProblem(
      'corrupt',
      `entry ${entry.name} uses unsupported compression ${entry.method}`,
      `${entry.name} 使用了不支持的压缩方式 ${entry.method}`,
    );
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      throw new ZipProblem(
        'corrupt',
        `entry ${entry.name} is larger than its directory says (refused, not expanded)`,
        `${entry.name} 解压后大于目录中声明的大小，已拒绝`,
      );
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const step = 65536;
  try {
    for (let i = 0; i < data.length; i += step) {
      inflate.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipProblem) throw err;
    // fflate's own errors (invalid distance, unexpected EOF, …): damaged compressed data.
    throw new ZipProblem(
      'corrupt',
      `entry ${entry.name} is damaged (${(err as Error).message})`,
      `${entry.name} 已损坏（${(err as Error).message}）`,
    );
  }
  return written === out.length ? out : out.subarray(0, written);
}
