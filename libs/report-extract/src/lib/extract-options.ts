export interface ExtractOptions {
  /** Time limit for one file, in ms (default 10,000). Enforced by a worker thread for PDFs. */
  timeoutMs?: number;
  /** Most PDF pages read (default 300); more is `too_large`. */
  maxPages?: number;
  /** Largest input in bytes (default 100 MB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_PAGES = 300;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
