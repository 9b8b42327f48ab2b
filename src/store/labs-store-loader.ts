import type { LabsStore, LabsStoreOptions } from './labs-store';
import { createLazyStore, type LazyStore } from './lazy-store';

/** The labs store, created on first use. */
export type LabsStoreLoader = LazyStore<LabsStore>;

/**
 * Creates the labs store on first use. The simulators it runs are loaded only then, so they
 * stay out of the first page's JavaScript.
 * @param options what createLabsStore needs: storage, clock and the progress store
 */
export function lazyLabsStore(options: LabsStoreOptions): LabsStoreLoader {
  return createLazyStore(() => import('./labs-store').then((module) => module.createLabsStore(options)));
}
