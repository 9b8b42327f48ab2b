import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createPreferencesStore } from '../../src/store/preferences-store';
import { createProgressStore } from '../../src/store/progress-store';
import { createPracticeStore } from '../../src/store/practice-store';
import { createExamStore } from '../../src/store/exam-store';
import { readyStore } from '../../src/store/lazy-store';
import { lazyLabsStore } from '../../src/store/labs-store-loader';
import { createMemoryStorage } from '../../src/lib/storage';
import { createFixedClock } from '../../src/lib/clock';
import type { Stores } from '../../src/store/stores-context';

/** A fixed instant for UI tests: 2026-03-02 10:00 UTC. */
export const TEST_NOW = Date.UTC(2026, 2, 2, 10, 0, 0);

/** In-memory stores on a fixed clock, so a test never touches real storage or time. */
export function createTestStores(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const clock = createFixedClock(TEST_NOW);
  const progress = createProgressStore({ storage, clock });
  const stores: Stores = {
    preferences: createPreferencesStore(storage),
    progress,
    practice: createPracticeStore({ storage, clock }),
    exam: readyStore(createExamStore({ storage, clock })),
    labs: lazyLabsStore({ storage, clock, progress }),
    clock,
  };
  return { stores, storage, clock };
}

/** Renders the whole app at a path, as a learner would open it. */
export function renderApp(path: string, initial: Record<string, string> = {}) {
  const context = createTestStores(initial);
  const view = render(<App stores={context.stores} initialPath={path} />);
  return { ...context, view };
}
