/**
 * Splitting many files into small upload requests and running a few at a time. A request of a
 * few files keeps each answer quick (the page shows results as they come) and a failed request
 * costs little; the server stores every file in its own transaction either way.
 */

export interface BatchLimits {
  /** Files per request. */
  maxFiles: number;
  /** Bytes per request (a single larger file still goes alone). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: BatchLimits = { maxFiles: 4, maxBytes: 8 * 1024 * 1024 };
/** Requests at a time: the server parses in worker threads, two keep it busy without a queue. */
export const DEFAULT_CONCURRENCY = 2;

export interface Sized {
  name: string;
  size: number;
}

/**
 * Batches in the given order. Two files of the same name never share a batch: the answer names
 * files by name, so each result must point at one file.
 */
export function planBatches<T extends Sized>(
  items: readonly T[],
  limits: BatchLimits = DEFAULT_LIMITS,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  const names = new Set<string>();
  for (const item of items) {
    const full =
      current.length >= limits.maxFiles ||
      (current.length > 0 && bytes + item.size > limits.maxBytes) ||
      names.has(item.name);
    if (full) {
      batches.push(current);
      current = [];
      bytes = 0;
      names.clear();
    }
    current.push(item);
    bytes += item.size;
    names.add(item.name);
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Runs `work` over every job with at most `concurrency` running; resolves when all settled. */
export async function runPool<J>(
  jobs: readonly J[],
  concurrency: number,
  work: (job: J) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      await work(job);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
}

/** Results of a batch for one file: its own, or (for a ZIP) those of its entries. */
export function resultsFor<R extends { file: string }>(
  fileName: string,
  results: readonly R[],
): R[] {
  return results.filter(
    (result) => result.file === fileName || result.file.startsWith(`${fileName}/`),
  );
}
