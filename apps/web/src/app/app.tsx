import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, Layout } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createQueryClient } from '../data-access/query-client';
import { PackButton } from '../features/exports/pack-button';
import { AuthGate } from './auth-gate';
import { DemoBanner } from './demo-banner';
import { ErrorBoundary } from './error-boundary';
import { HealthBadge } from './health-badge';
import { usePathname } from './navigation';
import { PageLink } from './page-link';
import { PAGES, pageForPath } from './pages';
import { adoptBoot } from './start';
import { UserMenu } from './user-menu';

// The print view is its own chunk: most visits never open it.
const PrintPage = lazy(() =>
  import('../features/print/print-page').then((module) => ({ default: module.PrintPage })),
);

/**
 * antd's components take their CSS from antd/dist/antd.css (imported in render.tsx) instead of
 * generating it while rendering (zeroRuntime): the first render of the dashboard was spent mostly
 * in that generation. The theme's own values still reach the components as CSS variables.
 */
const THEME = { token: { colorPrimary: '#3370ff' }, zeroRuntime: true };

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}

export function App({ client }: { client?: QueryClient } = {}) {
  const pathname = usePathname();
  const { page, params } = pageForPath(pathname);
  // The print view stands alone: no top bar, no banner, light, for paper.
  if (pathname === '/print') {
    return (
      <Providers client={client}>
        <ErrorBoundary what="打印视图">
          <Suspense fallback={null}>
            <PrintPage />
          </Suspense>
        </ErrorBoundary>
      </Providers>
    );
  }
  return (
    <Providers client={client}>
      <AuthGate onBoot={adoptBoot}>
        {(user, logOut) => (
          <Layout className="shell">
            <Layout.Header className="shell-header">
              <h1 className="shell-title">政府信息公开年报看板</h1>
              <nav className="shell-nav" aria-label="页面导航">
                {PAGES.filter((p) => p.menu !== false).map(({ key, label, path }) => (
                  <PageLink
                    key={key}
                    to={path}
                    className="shell-nav-item"
                    current={key === page.key}
                  >
                    {label}
                  </PageLink>
                ))}
              </nav>
              <ErrorBoundary what="导出汇报材料">
                <PackButton />
              </ErrorBoundary>
              <HealthBadge />
              <UserMenu user={user} onLogOut={logOut} />
            </Layout.Header>
            <Layout.Content className="shell-content">
              <DemoBanner user={user} />
              <ErrorBoundary key={pathname} what="页面">
                {page.render(params)}
              </ErrorBoundary>
            </Layout.Content>
          </Layout>
        )}
      </AuthGate>
    </Providers>
  );
}
