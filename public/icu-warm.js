// Warms ICU on a worker: README, "How it is built".
if (typeof document === 'undefined') {
  new Intl.DateTimeFormat(navigator.languages, { timeZone: 'Asia/Shanghai' }).format(0);
  close();
} else if (!navigator.serviceWorker?.controller) {
  new Worker(document.currentScript.src);
}
