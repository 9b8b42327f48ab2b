import { createPreferencesStore } from '../store/preferences-store';
import { createProgressStore, listenToOtherTabs } from '../store/progress-store';
import { createPracticeStore } from '../store/practice-store';
import { lazyExamStore } from '../store/exam-store-loader';
import { lazyLabsStore } from '../store/labs-store-loader';
import type { Stores } from '../store/stores-context';
import { browserStorage } from '../lib/storage';
import { systemClock } from '../lib/clock';

/** The app's stores on the browser's storage and clock, listening to other tabs. */
export function createAppStores(): Stores {
  const storage = browserStorage();
  const progress = createProgressStore({ storage, clock: systemClock });
  listenToOtherTabs(progress, window);
  const exam = lazyExamStore({ storage, clock: systemClock }, window);
  return { preferences: createPreferencesStore(storage), progress, practice: createPracticeStore({ storage, clock: systemClock }), exam, labs: lazyLabsStore({ storage, clock: systemClock, progress }), clock: systemClock };
}
