// Registers the service worker that vite-plugin-pwa generates (built pages
// only) and tells the UI when a new version is waiting, so the viewer chooses
// when to reload. Bundled with the app, not an inline script: the CSP allows
// none. vite-plugin-pwa's register module is loaded with workbox-window,
// after the first page: the worker is registered once the page has loaded.

type Listener = () => void;

let available = false;
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<Listener>();

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateWaiting(): boolean {
  return available;
}

/** Lets the waiting worker take over; the page reloads once it controls it. */
export function applyUpdate(): void {
  void update?.(true);
}

export async function registerServiceWorker(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    onNeedRefresh() {
      available = true;
      for (const listener of listeners) listener();
    },
    onRegisterError() {
      // No offline support (private mode, file://): the app works as before.
    },
  });
}
