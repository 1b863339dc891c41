import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client';

export type Resource<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'failed'; data: null; error: ApiError };

export interface ResourceHandle<T> {
  state: Resource<T>;
  /** Fetches again, keeping what is shown until the answer arrives (no flash of a spinner). */
  reload(): Promise<void>;
  /** Replaces the data with what a write answered, without another round trip. */
  set(data: T): void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'about:blank', 'Error', 'Something went wrong. Please try again.');
}

/**
 * One API read for a screen: loads on show and whenever `key` changes, ignores answers that arrive
 * after the screen moved on, and lets writes refresh or replace what is shown.
 */
export function useResource<T>(load: () => Promise<T>, key: string = ''): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading', data: null, error: null });
  const loadRef = useRef(load);
  const generation = useRef(0);

  useEffect(() => {
    loadRef.current = load;
  });

  const run = useCallback(async (showLoading: boolean) => {
    const mine = ++generation.current;
    if (showLoading) setState({ status: 'loading', data: null, error: null });
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ status: 'ready', data, error: null });
    } catch (error) {
      if (mine === generation.current) setState({ status: 'failed', data: null, error: asApiError(error) });
    }
  }, []);

  useEffect(() => {
    void run(true);
    return () => {
      generation.current += 1;
    };
  }, [run, key]);

  const reload = useCallback(() => run(false), [run]);
  const set = useCallback((data: T) => {
    generation.current += 1;
    setState({ status: 'ready', data, error: null });
  }, []);

  return { state, reload, set };
}
