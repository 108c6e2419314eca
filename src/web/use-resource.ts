// Load data for a page: loading, the data, or the error, and a way to load again after a change.
// One load per need: a load already on its way for the same inputs is shared rather than sent again
// (React's strict mode mounts a component twice in development; each read of patient data leaves an
// audit row, so a second request would be a second row).
import { useCallback, useEffect, useRef, useState } from 'react';
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
  const pending = useRef<{ key: string; promise: Promise<T> } | null>(null);
  useEffect(() => {
    let live = true;
    const key = JSON.stringify([...deps, generation]);
    if (pending.current?.key !== key) pending.current = { key, promise: load() };
    const { promise } = pending.current;
    setState((previous) => (previous.state === 'ready' ? { ...previous, refreshing: true } : { state: 'loading' }));
    promise.then(
      (data) => { if (live) setState({ state: 'ready', data, refreshing: false }); },
      (error: unknown) => { if (live) setState({ state: 'error', error: asApiError(error) }); },
    );
    return () => { live = false; };
    // The caller names what the load depends on (as with useEffect).
  }, [...deps, generation]);
  return { ...state, reload } as Resource<T>;
}
