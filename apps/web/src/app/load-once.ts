/** A chunk (or anything loaded) asked for once and kept; a failed load is tried again on the next call. */
export interface LoadOnce<T> {
  load(): Promise<T>;
  /** The value when it has arrived. */
  current(): T | undefined;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: { value: T } | undefined;
  let loading: Promise<T> | null = null;
  return {
    load() {
      loading ??= load().then(
        (value) => {
          loaded = { value };
          return value;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    current: () => loaded?.value,
  };
}
