import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useRef, useState } from 'react';
import { ApiError, describeError } from '../../data-access/api-client';
import { dataApi } from '../../data-access/data-api';
import { invalidateAfterUpload } from '../../data-access/data-queries';
import type { IngestOverrides, IngestResult } from '../../data-access/reports-types';
import {
  DEFAULT_CONCURRENCY,
  planBatches,
  resultsFor,
  runPool,
} from '../../data-access/upload-batches';

/** How often the list shows new results while an upload runs. */
const FLUSH_MS = 250;

export type UploadState = 'waiting' | 'uploading' | 'done' | 'error';

export interface UploadItem {
  id: number;
  name: string;
  /** The folder path it came from (folder pickers), for the list only. */
  path: string;
  size: number;
  state: UploadState;
  results: IngestResult[];
  /** Why the request of this file failed (network, limits): the file got no result. */
  error?: string;
}

interface Job {
  id: number;
  file: File;
  name: string;
  size: number;
}

/** A request refused for one of its files (too large, too many) is retried file by file. */
const retryAlone = (err: unknown, batch: readonly Job[]) =>
  batch.length > 1 && err instanceof ApiError && (err.status === 413 || err.status === 400);

/**
 * Uploads in small batches, a few at a time, with the state of every file. Results arrive batch
 * by batch; statistics and lists are refreshed when the whole upload is done.
 */
export function useUploads() {
  const client = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [running, setRunning] = useState(false);
  const nextId = useRef(1);

  // Changes of file states are collected and applied together at most every FLUSH_MS, in a
  // transition: React renders the list in small slices and lets clicks and typing go first, so
  // a stream of batch results never blocks the page.
  const pending = useRef<((all: UploadItem[]) => UploadItem[])[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const changes = pending.current;
    pending.current = [];
    if (changes.length === 0) return;
    startTransition(() => setItems((all) => changes.reduce((items, change) => change(items), all)));
  }, []);
  const schedule = useCallback(
    (change: (all: UploadItem[]) => UploadItem[]) => {
      pending.current.push(change);
      timer.current ??= setTimeout(flush, FLUSH_MS);
    },
    [flush],
  );
  const update = useCallback(
    (ids: readonly number[], change: (item: UploadItem) => UploadItem) => {
      const set = new Set(ids);
      schedule((all) => all.map((item) => (set.has(item.id) ? change(item) : item)));
    },
    [schedule],
  );

  const send = useCallback(
    async (batch: readonly Job[], overrides: IngestOverrides): Promise<void> => {
      const ids = batch.map((job) => job.id);
      update(ids, (item) => ({ ...item, state: 'uploading' }));
      try {
        const { results } = await dataApi.upload(
          batch.map((job) => job.file),
          overrides,
        );
        const byId = new Map(batch.map((job) => [job.id, resultsFor(job.name, results)]));
        update(ids, (item) => {
          const own = byId.get(item.id) ?? [];
          return own.length
            ? { ...item, state: 'done', results: own }
            : { ...item, state: 'error', error: '服务器没有返回这个文件的结果，请重新上传' };
        });
      } catch (err) {
        if (retryAlone(err, batch)) {
          for (const job of batch) await send([job], overrides);
          return;
        }
        update(ids, (item) => ({ ...item, state: 'error', error: describeError(err) }));
      }
    },
    [update],
  );

  const start = useCallback(
    async (files: readonly File[], overrides: IngestOverrides) => {
      if (files.length === 0) return;
      const jobs: Job[] = files.map((file) => ({
        id: nextId.current++,
        file,
        name: file.name,
        size: file.size,
      }));
      schedule((all) => [
        ...jobs.map((job) => ({
          id: job.id,
          name: job.name,
          path: (job.file as File & { webkitRelativePath?: string }).webkitRelativePath || job.name,
          size: job.size,
          state: 'waiting' as const,
          results: [],
        })),
        ...all,
      ]);
      flush();
      setRunning(true);
      try {
        await runPool(planBatches(jobs), DEFAULT_CONCURRENCY, (batch) => send(batch, overrides));
      } finally {
        flush();
        setRunning(false);
        await invalidateAfterUpload(client);
      }
    },
    [client, send, schedule, flush],
  );

  const clear = useCallback(
    () =>
      setItems((all) =>
        all.filter((item) => item.state === 'waiting' || item.state === 'uploading'),
      ),
    [],
  );

  return { items, running, start, clear };
}
