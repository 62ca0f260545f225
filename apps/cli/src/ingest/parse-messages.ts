import type { PreparedFile } from '@ogi/report-ingestion';

/** Main thread → parse worker: one file's bytes. */
export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** Parse worker → main thread: the file's items read and parsed, or why the worker failed. */
export type ParseReply =
  | { id: number; prepared: PreparedFile[]; parseMs: number; error?: undefined }
  | { id: number; error: string };
