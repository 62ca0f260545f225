import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/antd.css';
import '../styles.css';
import { App } from './app';

/** React, antd and the pages: loaded by main.tsx beside the boot answer and the first figures. */
export function renderApp(container: HTMLElement, client: QueryClient): void {
  createRoot(container).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
