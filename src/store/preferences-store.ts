import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, createJSONStorage, type StateStorage } from 'zustand/middleware';
import { z } from '../engine/validation/zod';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface PreferencesState {
  readonly theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

const PREFERENCES_VERSION = 1;
const persistedSchema = z.object({ theme: z.enum(['system', 'light', 'dark']) });

/**
 * Creates the preferences store (theme), persisted under "lpic3.preferences".
 * @param storage where to persist; tests pass an in-memory storage
 */
export function createPreferencesStore(storage: StateStorage): StoreApi<PreferencesState> {
  return createStore<PreferencesState>()(
    persist(
      (set) => ({
        theme: 'system',
        setTheme: (theme) => set({ theme }),
      }),
      {
        name: 'lpic3.preferences',
        version: PREFERENCES_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (state) => ({ theme: state.theme }),
        // A damaged or foreign value falls back to the default instead of breaking the app.
        merge: (persisted, current) => {
          const parsed = persistedSchema.safeParse(persisted);
          return parsed.success ? { ...current, ...parsed.data } : current;
        },
      },
    ),
  );
}
