import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { describeError } from '../data-access/api-client';
import { PageLoading } from './page-loading';

/**
 * Reading or saving something failed: what failed, and the API's words for why; with `onRetry`,
 * a 重试 button (failed reads are also asked again by themselves when the server is back).
 */
export function ErrorAlert({
  title,
  error,
  className,
  onRetry,
}: {
  title: string;
  error: unknown;
  className?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={describeError(error)}
      className={className}
      action={onRetry ? <RetryButton onRetry={onRetry} /> : undefined}
    />
  );
}

export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <Button size="small" autoInsertSpace={false} onClick={onRetry}>
      重试
    </Button>
  );
}

interface Read {
  isError: boolean;
  error: unknown;
  data?: unknown;
  /** Asks again: offered as 重试 when reading failed. */
  refetch?: () => unknown;
}

/**
 * A part of a page that shows one thing it reads: the error (with 重试) if reading failed, even
 * when an older answer is still at hand, a skeleton until there is an answer, then `children`
 * with it. What is shown is the query's data, or `data` when given (something made from the
 * answer).
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
  if (query.isError) {
    const { refetch } = query;
    return (
      <ErrorAlert
        title={failed}
        error={query.error}
        onRetry={refetch ? () => void refetch() : undefined}
      />
    );
  }
  const data = ('data' in props ? props.data : query.data) as T | null | undefined;
  if (data === undefined || data === null) return <PageLoading rows={rows} text={loading} />;
  return children(data);
}
