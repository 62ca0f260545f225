import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { fetchBoot, type Boot } from '../data-access/boot';
import {
  logOut,
  SESSION_QUERY_KEY,
  UNAUTHORIZED_EVENT,
  type Session,
  type SessionUser,
} from '../data-access/session';

import { RetryButton } from './load-states';
import { SessionContext } from './session-context';

// Only shown without a session: its form is not part of the first screen's scripts.
const LoginPage = lazy(() =>
  import('./login-page').then((module) => ({ default: module.LoginPage })),
);

/**
 * Shows its children only to a logged-in user. In demo mode the server logs in as the demo
 * account by itself (GET /api/boot); otherwise it shows the login page. Any 401 from the API
 * brings the login back. `onBoot` gets each boot answer (the app stores its years and regions
 * and asks for the opened page's figures); the app's start may have stored the session already.
 */
export function AuthGate({
  children,
  onBoot,
}: {
  children: (user: SessionUser, logOut: () => void) => ReactNode;
  /**
   * Called with each boot answer, before the children render with it; not awaited, so what it
   * returns must not reject.
   */
  onBoot?: (client: QueryClient, boot: Boot) => void | Promise<void>;
}) {
  const client = useQueryClient();
  const session = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async () => {
      const boot = await fetchBoot();
      // Not awaited: what onBoot starts (the page's prefetches) runs beside the session answer.
      void onBoot?.(client, boot);
      return boot.session;
    },
    staleTime: Infinity,
    retry: 1,
  });
  const set = (next: Session) => client.setQueryData(SESSION_QUERY_KEY, next);
  const lastUser = useRef<number | null>(null);

  useEffect(() => {
    const onUnauthorized = () => void client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [client]);

  const user = session.data?.user ?? null;
  useEffect(() => {
    // Another account's answers must not be shown from the cache.
    if (user && lastUser.current !== null && lastUser.current !== user.id) {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    }
    lastUser.current = user?.id ?? lastUser.current;
  }, [client, user]);

  if (session.isPending) {
    return (
      <div className="auth-loading">
        <Spin />
        <span>正在登录…</span>
      </div>
    );
  }
  if (session.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={`无法登录：${session.error.message}`}
        action={<RetryButton onRetry={() => void session.refetch()} />}
      />
    );
  }
  if (!user) {
    return (
      <Suspense fallback={<Spin />}>
        <LoginPage onLoggedIn={set} />
      </Suspense>
    );
  }

  const leave = () => {
    void logOut().finally(() => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      set({ user: null, csrfToken: null, demo: false });
    });
  };
  return <SessionContext.Provider value={user}>{children(user, leave)}</SessionContext.Provider>;
}
