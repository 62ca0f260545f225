import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Layout, Menu } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../data-access/api-client';
import { PackButton } from '../features/exports/pack-button';
import { AuthGate } from './auth-gate';
import { DemoBanner } from './demo-banner';
import { HealthBadge } from './health-badge';
import { preloadCharts } from '../charts/chart-card';
import { navigate, usePathname } from './navigation';
import { PAGES, pageForPath, prefetchOpenedPage } from './pages';
import { UserMenu } from './user-menu';

// The print view is its own chunk: most visits never open it.
const PrintPage = lazy(() =>
  import('../features/print/print-page').then((module) => ({ default: module.PrintPage })),
);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refused request (4xx) is not tried again; a failed connection or 5xx once.
        retry: (failures, error) =>
          failures < 1 &&
          !(error instanceof ApiError && error.status !== null && error.status < 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}

/**
 * antd's components take their CSS from antd/dist/antd.css (imported in main.tsx) instead of
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
  // Every page with data draws charts: ECharts downloads beside the login and the first queries.
  useEffect(preloadCharts, []);
  // The print view stands alone: no top bar, no banner, light, for paper.
  if (pathname === '/print') {
    return (
      <Providers client={client}>
        <Suspense fallback={null}>
          <PrintPage />
        </Suspense>
      </Providers>
    );
  }
  return (
    <Providers client={client}>
      <AuthGate onBoot={prefetchOpenedPage}>
        {(user, logOut) => (
          <Layout className="shell">
            <Layout.Header className="shell-header">
              <h1 className="shell-title">政府信息公开年报看板</h1>
              <Menu
                className="shell-nav"
                mode="horizontal"
                selectedKeys={[page.key]}
                items={PAGES.filter((p) => p.menu !== false).map(({ key, label }) => ({
                  key,
                  label,
                }))}
                onClick={({ key }) => {
                  const target = PAGES.find((candidate) => candidate.key === key);
                  if (target) navigate(target.path);
                }}
                aria-label="页面导航"
              />
              <PackButton />
              <HealthBadge />
              <UserMenu user={user} onLogOut={logOut} />
            </Layout.Header>
            <Layout.Content className="shell-content">
              <DemoBanner user={user} />
              {page.render(params)}
            </Layout.Content>
          </Layout>
        )}
      </AuthGate>
    </Providers>
  );
}
