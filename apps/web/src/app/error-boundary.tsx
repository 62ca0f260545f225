import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkFailed } from './chunk-failed';

/**
 * Keeps an error thrown while rendering inside the part that threw it, instead of React
 * unmounting the whole app: mostly a lazily loaded component (React.lazy) whose chunk could not
 * be downloaded after a deploy or during an outage. `what` names the part, e.g. 页面.
 */
export class ErrorBoundary extends Component<
  { what: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever debugs it; the page shows the Chinese account.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // No 重试: React.lazy keeps a failed import failed; reloading the page fetches it anew.
    return <ChunkFailed what={this.props.what} error={error.message} />;
  }
}
