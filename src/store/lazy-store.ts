/** A store created on first use, so its code (and the engine it runs) loads only then. */
export interface LazyStore<T> {
  /** Loads the code and creates the store; every call returns the same promise. */
  load: () => Promise<T>;
  /** The store once loaded, else null (so a view can skip suspending when it is ready). */
  current: () => T | null;
}

/**
 * Wraps an asynchronous factory (usually a dynamic import) as a LazyStore; a failed load
 * (offline before the chunk was cached, a stale deploy) is retried on the next call.
 * @param create makes the store
 */
export function createLazyStore<T>(create: () => Promise<T>): LazyStore<T> {
  let pending: Promise<T> | null = null;
  let loaded: T | null = null;
  const load = () => {
    pending ??= create().then(
      (store) => {
        loaded ??= store;
        return loaded;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { load, current: () => loaded };
}

/** A LazyStore that is ready at once: for tests, which create their stores eagerly. */
export function readyStore<T>(store: T): LazyStore<T> {
  return { load: () => Promise.resolve(store), current: () => store };
}
