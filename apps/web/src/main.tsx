import { loadChartModule } from './charts/chart-module';
import { createQueryClient } from './data-access/query-client';
import { preloadOpenedPage } from './app/page-routes';
import { bootBeforeRender } from './app/start';

/** How long the first render waits for the opened page's figures once React and antd are in. */
const FIGURES_WAIT_MS = 300;

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

// This script is small and runs first: it asks for the opened page's figures and starts loading
// ECharts and the page's chunk while React, antd and the pages (app/render) are still loading,
// then renders once, with the session in hand (no "logging in" screen in between) and the
// figures there (one render with them rather than one with skeletons and another soon after).
const client = createQueryClient();
const booted = bootBeforeRender(client);
void loadChartModule().catch(() => undefined);
preloadOpenedPage();
Promise.all([import('./app/render'), booted]).then(
  async ([{ renderApp }, { figures }]) => {
    await Promise.race([figures, new Promise((resolve) => setTimeout(resolve, FIGURES_WAIT_MS))]);
    renderApp(container, client);
  },
  () => {
    container.textContent = '页面脚本加载失败，请检查网络后刷新页面。';
  },
);
