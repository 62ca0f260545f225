import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { fetchHealth, type Health } from './health';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; health: Health }
  | { kind: 'error'; message: string };

/** The service status from /api/health, small, in the top bar. */
export function HealthBadge() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchHealth(controller.signal)
      .then((health) => setState({ kind: 'ok', health }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => controller.abort();
  }, []);

  if (state.kind === 'loading') return <Tag role="status">正在检查服务…</Tag>;
  if (state.kind === 'error') {
    return (
      <Tag role="status" color="error">
        服务不可用（{state.message}）
      </Tag>
    );
  }
  const ok = state.health.status === 'ok';
  return (
    <Tag role="status" color={ok ? 'success' : 'error'} title={`版本 ${state.health.version}`}>
      {ok ? '服务正常' : `服务异常（${state.health.status}）`}
    </Tag>
  );
}
