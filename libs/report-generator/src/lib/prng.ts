/**
 * Seeded pseudo-random numbers (sfc32 seeded by a string hash): every generated value is a pure
 * function of the seed, so a seed reproduces a corpus exactly.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number;
  /** An independent stream for a named sub-task (same seed + same label = same stream). */
  fork(label: string | number): Rng;
}

/** 32-bit string hash (cyrb53 folded to 32 bits), for seeding. */
export function hashSeed(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRng(seed: string | number): Rng {
  const text = String(seed);
  const raw = sfc32(
    hashSeed(`${text}#a`),
    hashSeed(`${text}#b`),
    hashSeed(`${text}#c`),
    hashSeed(`${text}#d`),
  );
  for (let index = 0; index < 12; index += 1) raw();
  const rng: Rng = {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (probability) => raw() < probability,
    pick: (items) => items[Math.floor(raw() * items.length)],
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = raw() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      return items[items.length - 1][0];
    },
    logNormal: (median, sigma) => {
      const u = Math.max(raw(), 1e-12);
      const v = raw();
      const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return median * Math.exp(sigma * normal);
    },
    fork: (label) => createRng(`${text}/${label}`),
  };
  return rng;
}

/** Splits `total` into integer parts proportional to `weights` (multinomial-like, exact sum). */
export function splitInteger(rng: Rng, total: number, weights: readonly number[]): number[] {
  const parts = weights.map(() => 0);
  if (total <= 0) return parts;
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 64) {
    for (let unit = 0; unit < total; unit += 1) {
      let point = rng.next() * sum;
      let index = 0;
      while (index < weights.length - 1 && point >= weights[index]) {
        point -= weights[index];
        index += 1;
      }
      parts[index] += 1;
    }
    return parts;
  }
  let assigned = 0;
  const noisy = weights.map((weight) => weight * (0.7 + 0.6 * rng.next()));
  const noisySum = noisy.reduce((a, b) => a + b, 0);
  noisy.forEach((weight, index) => {
    parts[index] = Math.floor((total * weight) / noisySum);
    assigned += parts[index];
  });
  for (let rest = total - assigned; rest > 0; rest -= 1) {
    parts[rng.weighted(weights.map((weight, index) => [index, weight] as const))] += 1;
  }
  return parts;
}
