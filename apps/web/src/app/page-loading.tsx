import { Skeleton } from 'antd';

/** A part of a page still loading: a skeleton and what is being loaded, announced politely. */
export function PageLoading({ text, rows = 4 }: { text: string; rows?: number }) {
  return (
    <div role="status" className="page-loading">
      <Skeleton active paragraph={{ rows }} />
      {text}
    </div>
  );
}
