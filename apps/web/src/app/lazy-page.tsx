import { Skeleton } from 'antd';
import { Suspense, type ReactNode } from 'react';

/** A page whose code loads on first visit (keeps the first download small). */
export function LazyPage({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div role="status" className="page-loading">
          <Skeleton active paragraph={{ rows: 4 }} />
          正在加载页面…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
