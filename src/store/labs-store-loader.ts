import type { LabsStore, LabsStoreOptions } from './labs-store';

/** The labs store, created on first use. */
export interface LabsStoreLoader {
  /** Loads the simulators and creates the store; every call returns the same promise. */
  load: () => Promise<LabsStore>;
  /** The store once loaded, else null (so a view can skip suspending when it is ready). */
  current: () => LabsStore | null;
}

/**
 * Creates the labs store on first use. The simulators it runs are loaded only then, so they
 * stay out of the first page's JavaScript.
 * @param options what createLabsStore needs: storage, clock and the progress store
 * @returns the loader (a failed load is retried on the next call)
 */
export function lazyLabsStore(options: LabsStoreOptions): LabsStoreLoader {
  let pending: Promise<LabsStore> | null = null;
  let loaded: LabsStore | null = null;
  const load = () => {
    pending ??= import('./labs-store').then(
      (module) => {
        loaded ??= module.createLabsStore(options);
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
