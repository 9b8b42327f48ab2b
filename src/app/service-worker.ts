import { useSyncExternalStore } from 'react';

type Apply = () => void;
let pendingUpdate: Apply | null = null;
const listeners = new Set<() => void>();

function announce(apply: Apply): void {
  pendingUpdate = apply;
  for (const listener of listeners) listener();
}

/** A function that installs the waiting new version, or null when none is waiting. */
export function usePendingUpdate(): Apply | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pendingUpdate,
    () => null,
  );
}

/**
 * Registers the service worker that makes the app work offline. When a new version has been
 * downloaded, the learner is told and chooses when to reload; progress lives in
 * localStorage, which an update never touches.
 * @param url the worker's address (under the deploy base path)
 */
export function registerServiceWorker(url: string): void {
  if (!('serviceWorker' in navigator)) return;
  // Reload only when the learner asked for the new version: the first install also changes
  // the controller (clients.claim), and that must not reload the page under their hands.
  let updateRequested = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updateRequested) return;
    updateRequested = false;
    window.location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    announce(() => {
      updateRequested = true;
      worker.postMessage('SKIP_WAITING');
    });
  navigator.serviceWorker
    .register(url)
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // "installed" with a controller present means an older version is running: an update.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
      // Look for a new version whenever the learner comes back to the tab.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
      });
    })
    .catch(() => {
      // Without a service worker the app still works online; nothing to tell the learner.
    });
}
