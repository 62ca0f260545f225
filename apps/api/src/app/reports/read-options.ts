import type { ExtractOptions } from '@ogi/report-extract';
import type { AppConfig } from '../config/app-config';

/** The configured limits of reading one file, for uploads and re-reads alike. */
export function readOptionsOf(config: AppConfig): ExtractOptions {
  return {
    maxBytes: config.upload.maxFileBytes,
    maxPages: config.read.pdfMaxPages,
    timeoutMs: config.read.timeoutMs,
  };
}
