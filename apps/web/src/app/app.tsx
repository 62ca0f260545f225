import { useEffect, useState } from 'react';
import { DemoBanner } from './demo-banner';
import { fetchHealth, type Health } from './health';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; health: Health }
  | { kind: 'error'; message: string };

export function App() {
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

  return (
    <main className="page">
      <DemoBanner />
      <h1>政府信息公开年报看板 OGI Dashboard</h1>
      <section className="status-card" aria-labelledby="service-status">
        <h2 id="service-status">服务状态</h2>
        <StatusBody state={state} />
      </section>
    </main>
  );
}

function StatusBody({ state }: { state: State }) {
  if (state.kind === 'loading') return <p role="status">正在检查…</p>;
  if (state.kind === 'error') {
    return (
      <p role="status" className="status-error">
        服务不可用（{state.message}）
      </p>
    );
  }
  const { health } = state;
  return (
    <dl>
      <dt>状态</dt>
      <dd role="status" className={health.status === 'ok' ? 'status-ok' : 'status-error'}>
        {health.status === 'ok' ? '正常' : '异常'}（{health.status}）
      </dd>
      <dt>版本</dt>
      <dd>{health.version}</dd>
      <dt>运行时间</dt>
      <dd>{health.uptimeSeconds} 秒</dd>
    </dl>
  );
}
