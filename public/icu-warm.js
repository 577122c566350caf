// Loads ICU's date and time-zone data on another thread while the app's
// script and the feed download. ICU keeps that data for the whole renderer
// process, so the page's first Intl.DateTimeFormat then takes well under a
// millisecond instead of 15-20 ms of the main thread (60-70 at CPU 4x).
// index.html starts this file; the same file is the worker. Not on a visit
// that a service worker answers: everything is on the device then, nothing
// downloads for the warm-up to overlap, and on two cores it only competes.
if (typeof document === 'undefined') {
  // A named zone, so that ICU opens its table of zones too.
  new Intl.DateTimeFormat(navigator.languages, {
    timeZone: 'Asia/Shanghai',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(0);
  close();
} else if (!navigator.serviceWorker?.controller) {
  try {
    new Worker(document.currentScript.src);
  } catch {
    // No worker here: the page's first format pays for the data itself.
  }
}
