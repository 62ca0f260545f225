import { Tag } from 'antd';
import { useHealth } from './health';

/**
 * The service status, small, in the top bar: follows the server (see useHealth), and turns red
 * as soon as a request of the page fails to reach it.
 */
export function HealthBadge() {
  const health = useHealth();

  if (health.isPending) return <Tag role="status">正在检查服务…</Tag>;
  if (health.isError) {
    return (
      <Tag role="status" color="error" title="服务恢复后页面会自动重新读取数据">
        服务不可用（{health.error.message}）
      </Tag>
    );
  }
  const ok = health.data.status === 'ok';
  return (
    <Tag role="status" color={ok ? 'success' : 'error'} title={`版本 ${health.data.version}`}>
      {ok ? '服务正常' : `服务异常（${health.data.status}）`}
    </Tag>
  );
}
