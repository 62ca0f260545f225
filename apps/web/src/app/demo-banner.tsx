import { useEffect, useState } from 'react';
import { deleteDemoData, fetchDemoStatus } from './demo';

type State = 'hidden' | 'shown' | 'deleting';

/** A banner at the top of the page while the generated demo data set is stored. */
export function DemoBanner() {
  const [state, setState] = useState<State>('hidden');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchDemoStatus(controller.signal)
      .then((status) => {
        if (status.present) setState('shown');
      })
      .catch(() => undefined); // no banner when the status cannot be read
    return () => controller.abort();
  }, []);

  if (state === 'hidden') return null;

  async function remove() {
    if (!window.confirm('确定删除全部演示数据吗？此操作不可撤销，您上传的报告不受影响。')) return;
    setState('deleting');
    setError(null);
    try {
      await deleteDemoData();
      setState('hidden');
    } catch (err) {
      setState('shown');
      setError(`删除失败（${err instanceof Error ? err.message : String(err)}），请稍后重试。`);
    }
  }

  return (
    <div className="demo-banner" role="alert">
      <p>演示数据：当前显示的是系统生成的示例报告，不是真实数据。</p>
      <button type="button" onClick={remove} disabled={state === 'deleting'}>
        {state === 'deleting' ? '正在删除…' : '删除演示数据'}
      </button>
      {error ? <p className="demo-banner-error">{error}</p> : null}
    </div>
  );
}
