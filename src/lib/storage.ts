import type { StateStorage } from 'zustand/middleware';

/** Storage kept in memory: used by tests, and when the browser's storage is unavailable. */
export function createMemoryStorage(initial: Record<string, string> = {}): StateStorage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (name) => data.get(name) ?? null,
    setItem: (name, value) => {
      data.set(name, value);
    },
    removeItem: (name) => {
      data.delete(name);
    },
  };
}

/** The browser's localStorage, or memory when it is blocked (private modes, sandboxed frames). */
export function browserStorage(): StateStorage {
  try {
    const probe = '__lpic3_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return createMemoryStorage();
  }
}
