import { useEffect, useState } from 'react';

/** A module loaded on first need, then read synchronously: see {@link onDemand}. */
export interface OnDemand<T> {
  /** Starts loading, once; a failed load is tried afresh on the next call. */
  load(): Promise<T>;
  /** The module once loaded, else `undefined`. */
  readonly current: T | undefined;
}

/**
 * A module the components load only when a borrower needs it (Radix Dialog, the QR code encoder).
 * Unlike `React.lazy`, a component reads it synchronously once it has loaded, so what it renders
 * never goes through a Suspense fallback, and nothing is thrown to the host's error boundaries
 * when the network drops: the load is tried again on the next need.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let current: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= importer().then(
        (module) => {
          current = module;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get current() {
      return current;
    },
  };
}

/** The module, loading it after mount if needed; `undefined` until it is there (and on a server). */
export function useOnDemand<T>(module: OnDemand<T>): T | undefined {
  const [, setLoaded] = useState(0);
  const current = module.current;
  useEffect(() => {
    if (current !== undefined) return;
    let mounted = true;
    module.load().then(
      () => {
        if (mounted) setLoaded((count) => count + 1);
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [module, current]);
  return current;
}
