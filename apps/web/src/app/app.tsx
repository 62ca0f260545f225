import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Layout, Menu } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../data-access/api-client';
import { DemoBanner } from './demo-banner';
import { HealthBadge } from './health-badge';
import { OverviewPage } from '../features/overview/overview-page';

/** Pages in the navigation: only pages that work are listed. */
const PAGES = [{ key: 'overview', label: '总览' }];

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

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#3370ff' } }}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}

export function App({ client }: { client?: QueryClient } = {}) {
  return (
    <Providers client={client}>
      <Layout className="shell">
        <Layout.Header className="shell-header">
          <h1 className="shell-title">政府信息公开年报看板</h1>
          <Menu
            className="shell-nav"
            mode="horizontal"
            selectedKeys={['overview']}
            items={PAGES}
            aria-label="页面导航"
          />
          <HealthBadge />
        </Layout.Header>
        <Layout.Content className="shell-content">
          <DemoBanner />
          <OverviewPage />
        </Layout.Content>
      </Layout>
    </Providers>
  );
}
