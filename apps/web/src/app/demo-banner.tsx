import { useEffect, useState } from 'react';
import { roleAllows, type SessionUser } from '../data-access/session';
import { deleteDemoData, fetchDemoStatus } from './demo';

/** The demo account the README documents (the api creates it while DEMO_DATA=on). */
export const DEMO_PASSWORD = 'demo-ogi-2025';

type State = 'hidden' | 'shown' | 'deleting';

/**
 * A banner at the top of the page while the generated demo data set is stored, and while the
 * demo account is the one logged in (so nobody mistakes the demo for their own account).
 */
export function DemoBanner({ user = null }: { user?: SessionUser | null }) {
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

  const account = user?.isDemo ? (
    <p className="demo-banner-account">
      演示账号：已自动以 {user.username}（密码 {DEMO_PASSWORD}
      ）登录，拥有管理员权限；关闭演示模式（DEMO_DATA=off）后需用自己的账号登录。
    </p>
  ) : null;
  if (state === 'hidden') {
    return account ? (
      <div className="demo-banner" role="status">
        {account}
      </div>
    ) : null;
  }

  // Shows its own failure in the banner, so the button's handler need not await it.
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
      {account}
      <p>演示数据：当前显示的是系统生成的示例报告，不是真实数据。</p>
      {roleAllows(user, 'admin') ? (
        <button type="button" onClick={() => void remove()} disabled={state === 'deleting'}>
          {state === 'deleting' ? '正在删除…' : '删除演示数据'}
        </button>
      ) : null}
      {error ? <p className="demo-banner-error">{error}</p> : null}
    </div>
  );
}
