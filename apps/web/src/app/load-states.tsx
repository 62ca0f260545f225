import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { describeError } from '../data-access/api-client';
import { PageLoading } from './page-loading';

/** Reading or saving something failed: what failed, and the API's words for why. */
export function ErrorAlert({
  title,
  error,
  className,
}: {
  title: string;
  error: unknown;
  className?: string;
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={describeError(error)}
      className={className}
    />
  );
}

interface Read {
  isError: boolean;
  error: unknown;
  data?: unknown;
}

/**
 * A part of a page that shows one thing it reads: the error if reading failed (even when an
 * older answer is still at hand), a skeleton until there is an answer, then `children` with it.
 * What is shown is the query's data, or `data` when given (something made from the answer).
 */
export function WhenLoaded<Q extends Read, T = NonNullable<Q['data']>>(props: {
  /** The read: its error is shown when it failed. */
  query: Q;
  /** What to show instead of the query's data; undefined or null until it is there. */
  data?: T | null;
  /** The title of the error, e.g. 无法读取报告. */
  failed: string;
  /** What is being read, shown beside the skeleton. */
  loading: string;
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  const { query, failed, loading, rows, children } = props;
  if (query.isError) return <ErrorAlert title={failed} error={query.error} />;
  const data = ('data' in props ? props.data : query.data) as T | null | undefined;
  if (data === undefined || data === null) return <PageLoading rows={rows} text={loading} />;
  return children(data);
}
