import { loadChartModule } from './charts/chart-module';
import { createQueryClient } from './data-access/query-client';
import { preloadOpenedPage } from './app/page-routes';
import { bootBeforeRender } from './app/start';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

// This script is small and runs first: it asks for the opened page's figures and starts ECharts
// while React, antd and the pages (app/render) are still loading, then renders once, with the
// session in hand (no "logging in" screen in between).
const client = createQueryClient();
const booted = bootBeforeRender(client);
void loadChartModule().catch(() => undefined);
preloadOpenedPage();
import('./app/render').then(
  async ({ renderApp }) => {
    await booted;
    renderApp(container, client);
  },
  () => {
    container.textContent = '页面脚本加载失败，请检查网络后刷新页面。';
  },
);
