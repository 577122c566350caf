import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMinuteClock, type VisibilitySource } from './minuteClock.ts';

class FakePage implements VisibilitySource {
  hidden = false;
  private listeners = new Set<() => void>();
  addEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.delete(listener);
  }
  setHidden(hidden: boolean) {
    this.hidden = hidden;
    for (const listener of this.listeners) listener();
  }
  get listenerCount() {
    return this.listeners.size;
  }
}

describe('startMinuteClock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2022-04-26T15:10:25Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('ticks on minute boundaries and never more often', () => {
    const ticks: string[] = [];
    const stop = startMinuteClock(new FakePage(), (now) => ticks.push(new Date(now).toISOString()));
    vi.advanceTimersByTime(34_999);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ticks).toEqual(['2022-04-26T15:11:00.000Z']);
    vi.advanceTimersByTime(3 * 60_000);
    expect(ticks).toEqual(['2022-04-26T15:11:00.000Z', '2022-04-26T15:12:00.000Z', '2022-04-26T15:13:00.000Z', '2022-04-26T15:14:00.000Z']);
    stop();
  });

  it('stops while hidden and catches up once on becoming visible', () => {
    const page = new FakePage();
    const ticks: number[] = [];
    const stop = startMinuteClock(page, (now) => ticks.push(now));
    page.setHidden(true);
    vi.advanceTimersByTime(10 * 60_000);
    expect(ticks).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    page.setHidden(false);
    expect(ticks).toEqual([Date.parse('2022-04-26T15:20:25Z')]);
    vi.advanceTimersByTime(35_000);
    expect(ticks).toHaveLength(2);
    stop();
  });

  it('does not start while hidden, and stop removes its timer and listener', () => {
    const page = new FakePage();
    page.hidden = true;
    const stop = startMinuteClock(page, () => undefined);
    expect(vi.getTimerCount()).toBe(0);
    page.setHidden(false);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(page.listenerCount).toBe(0);
  });
});
