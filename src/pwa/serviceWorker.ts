// Registers the service worker (built pages only) and tells the UI when a
// new version is waiting, so the viewer chooses when to reload.
type Listener = () => void;

let waiting: ServiceWorker | undefined;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | undefined): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateWaiting(): boolean {
  return waiting !== undefined;
}

/** Lets the waiting worker take over; the page reloads once it controls it. */
export function applyUpdate(): void {
  waiting?.postMessage('skip-waiting');
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only reload for an update the viewer accepted, not the first install.
    if (reloading || !waiting) return;
    reloading = true;
    window.location.reload();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            // An installed worker with a controller already in place is an update.
            if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
          });
        });
      })
      .catch(() => {
        // No offline support (private mode, file://): the app works as before.
      });
  });
}
