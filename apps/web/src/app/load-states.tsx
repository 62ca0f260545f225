import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { describeError } from '../data-access/api-client';
import { PageLoading } from './page-loading';

/** Reading or saving something failed: what failed, and the API's words for why. */
export function ErrorAlert({ title, error }: { title: string; error: unknown }) {
  return <Alert type="error" showIcon title={title} description={describeError(error)} />;
}

/**
 * A part of a page that shows one thing it reads: the error if reading failed (even when an
 * older answer is still at hand), a skeleton until there is an answer, then `children` with it.
 */
export function WhenLoaded<T>({
  query,
  data,
  failed,
  loading,
  rows,
  children,
}: {
  /** The read: its error is shown when it failed. */
  query: { isError: boolean; error: unknown };
  /** What it read; undefined or null until then. */
  data: T | undefined | null;
  /** The title of the error, e.g. 无法读取报告. */
  failed: string;
  /** What is being read, shown beside the skeleton. */
  loading: string;
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.isError) return <ErrorAlert title={failed} error={query.error} />;
  if (data === undefined || data === null) return <PageLoading rows={rows} text={loading} />;
  return children(data);
}
