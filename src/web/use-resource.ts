// Load data for a page: loading, the data, or the error, and a way to load again after a change.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './client/client.ts';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'error'; error: ApiError; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void; refreshing: boolean };

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, 'internal', error instanceof Error ? error.message : String(error));

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T; refreshing: boolean }>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    setState((previous) => (previous.state === 'ready' ? { ...previous, refreshing: true } : { state: 'loading' }));
    load().then(
      (data) => { if (live) setState({ state: 'ready', data, refreshing: false }); },
      (error: unknown) => { if (live) setState({ state: 'error', error: asApiError(error) }); },
    );
    return () => { live = false; };
    // The caller names what the load depends on (as with useEffect).
  }, [...deps, generation]);
  return { ...state, reload } as Resource<T>;
}
