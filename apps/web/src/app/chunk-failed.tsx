import { Alert, Button } from 'antd';

/**
 * A part of the app (a chunk) could not be loaded: after a deploy its old file is gone, or the
 * server cannot be reached. Says so in Chinese and offers to reload the page (which fetches the
 * new files) or, with `onRetry`, to try the chunk again; the browser's own words are kept below.
 */
export function ChunkFailed({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: string;
  onRetry?: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={`${what}未能加载`}
      description={
        <>
          <p className="chunk-failed-text">
            系统可能刚刚更新，或与服务器的连接中断。请重新加载页面；连接恢复后也会自动重试。
          </p>
          <details className="chunk-failed-detail">
            <summary>技术信息</summary>
            {error}
          </details>
        </>
      }
      action={
        <div className="chunk-failed-actions">
          <Button
            size="small"
            type="primary"
            autoInsertSpace={false}
            onClick={() => window.location.reload()}
          >
            重新加载页面
          </Button>
          {onRetry ? (
            <Button size="small" autoInsertSpace={false} onClick={onRetry}>
              重试
            </Button>
          ) : null}
        </div>
      }
    />
  );
}
