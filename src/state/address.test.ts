// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeSearch, currentSearch, subscribeToAddress } from './address.ts';

// The history is written after the next paint (afterNextPaint), or a second
// later where no frame comes: advancing the clock by a second stands for it.
const paint = () => vi.advanceTimersByTime(1_000);

describe('the address', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/schedule/#top');
  });
  afterEach(() => {
    paint();
    vi.useRealTimers();
  });

  it('is the page’s at once and the history’s after the paint', () => {
    const told = vi.fn();
    const unsubscribe = subscribeToAddress(told);
    const entries = window.history.length;
    changeSearch('?language=zh');
    expect(currentSearch()).toBe('?language=zh');
    expect(told).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('');
    paint();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/schedule/?language=zh#top');
    expect(window.history.length).toBe(entries + 1);
    unsubscribe();
  });

  it('writes the changes of one frame in order: a new entry, then edits of it', () => {
    const entries = window.history.length;
    changeSearch('?q=b');
    changeSearch('?q=ba', { replace: true });
    changeSearch('?q=ban', { replace: true });
    paint();
    expect(window.location.search).toBe('?q=ban');
    expect(window.history.length).toBe(entries + 1);
  });

  it('keeps the entry’s state when it replaces the query', () => {
    window.history.replaceState({ place: 1 }, '');
    changeSearch('?tz=Asia%2FShanghai', { replace: true });
    paint();
    expect(window.history.state).toEqual({ place: 1 });
  });

  it('does nothing when the query is already the one asked for', () => {
    changeSearch('?view=grid');
    paint();
    const told = vi.fn();
    const unsubscribe = subscribeToAddress(told);
    const entries = window.history.length;
    changeSearch('?view=grid');
    paint();
    expect(told).not.toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
    unsubscribe();
  });

  it('drops what is not yet written when the viewer goes back or forward', () => {
    changeSearch('?language=zh');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    expect(currentSearch()).toBe('');
    paint();
    expect(window.location.search).toBe('');
  });

  it('keeps a change the browser refused, and writes it a second later', () => {
    const pushState = vi.spyOn(window.history, 'pushState').mockImplementationOnce(() => {
      throw new DOMException('Attempt to use history.pushState() more than 100 times per 10 seconds', 'SecurityError');
    });
    changeSearch('?type=keynote');
    paint();
    expect(window.location.search).toBe('');
    expect(currentSearch()).toBe('?type=keynote');
    paint();
    expect(window.location.search).toBe('?type=keynote');
    pushState.mockRestore();
  });

  it('writes what is left before the page goes away', () => {
    changeSearch('?track=security');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?track=security');
  });
});
