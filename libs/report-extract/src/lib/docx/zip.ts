import { Inflate } from 'fflate';

/** Limits that keep a ZIP bomb from being expanded. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
};

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

const utf8 = new TextDecoder('utf-8');

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
  if (eocd < 0) throw new ZipProblem('corrupt', 'the ZIP directory is missing (truncated file?)');
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
      `the archive has ${count} entries (limit ${limits.maxEntries})`,
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new ZipProblem('corrupt', 'the ZIP directory is damaged');
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
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
    if (total > limits.maxTotalUncompressed) {
      throw new ZipProblem(
        'too_large',
        `the archive expands to more than ${Math.round(limits.maxTotalUncompressed / 1048576)} MB`,
      );
    }
    if (size > 65536 && size > Math.max(1, compressedSize) * limits.maxRatio) {
      throw new ZipProblem(
        'too_large',
        `entry ${name} has a compression ratio above ${limits.maxRatio} (a ZIP bomb?)`,
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
  if (entry.flags & 1) throw new ZipProblem('encrypted', `entry ${entry.name} is encrypted`);
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) {
    throw new ZipProblem('corrupt', `entry ${entry.name} is damaged`);
  }
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipProblem('corrupt', `entry ${entry.name} is truncated`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.slice(0, entry.size);
  if (entry.method !== 8) {
    throw new ZipProblem(
      'corrupt',
      `entry ${entry.name} uses unsupported compression ${entry.method}`,
    );
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      throw new ZipProblem('corrupt', `entry ${entry.name} is larger than its directory says`);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const step = 65536;
  for (let i = 0; i < data.length; i += step) {
    inflate.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  return written === out.length ? out : out.subarray(0, written);
}
