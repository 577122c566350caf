// Work the first paint must not wait for. A task run from a timeout set in a
// requestAnimationFrame callback runs after that frame is painted; a hidden
// tab gets no frames, so a plain timeout runs it anyway.
const HIDDEN_TAB_FALLBACK_MS = 1_000;

/** Runs `task` once, after the next frame is painted (or within a second in a tab that paints nothing). Returns a cancel. */
export function afterNextPaint(task: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  const fallback = setTimeout(run, HIDDEN_TAB_FALLBACK_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(run, 0))) : undefined;
  function cancel() {
    done = true;
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  }
  return cancel;
}

/**
 * Runs `task` once the main thread is idle (requestIdleCallback; Safari has
 * none, so a timeout there), and at the latest after `timeoutMs`. Returns a cancel.
 */
export function whenIdle(task: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, fallbackMs);
  return () => clearTimeout(timer);
}
