import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { ApiError, NETWORK_STATUS } from '../api/api-error.js';

/** Where a read stands: each screen shows each of these states. */
export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'unavailable' }
  | { readonly status: 'error'; readonly error: ApiError };

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(NETWORK_STATUS, 'client_error', error instanceof Error ? error.message : String(error));
}

/**
 * Runs `load` when the dependencies change and tracks its state; an answer that arrives after a newer request began
 * is dropped. `reload` asks again, keeping the data on screen meanwhile.
 */
export function useRequest<T>(
  load: () => Promise<T>,
  dependencies: DependencyList,
): RequestState<T> & { reload(): void } {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    setState((previous) => (previous.status === 'ready' && attempt > 0 ? previous : { status: 'loading' }));
    load().then(
      (data) => {
        if (request === latest.current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        const apiError = asApiError(error);
        setState(apiError.routeMissing ? { status: 'unavailable' } : { status: 'error', error: apiError });
      },
    );
    // `load` is a new closure on every render; the caller names what it depends on.
  }, [...dependencies, attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}

/** A change the user asked for: its pending state and its error, and the answer when it succeeded. */
export interface Action {
  readonly pending: boolean;
  readonly error: ApiError | null;
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>) => {
    setPending(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(asApiError(caught));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { pending, error, run, clear };
}
