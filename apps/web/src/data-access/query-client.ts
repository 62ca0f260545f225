import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

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
